import fs from "node:fs";
import { geonamesFile } from "./geonames-source";
import { guessRussianName } from "./russian-name";
import { LATIN_NAMES_MIN_POPULATION, searchedLatinNames } from "./searched-latin-names";

/** GeoNames populated places, one column per field so 135,000 of them stay compact in memory. */
export interface WorldCities {
  count: number;
  geonameId: Int32Array;
  /** GeoNames' own name: the English exonym for large places ("Moscow"), else the local name in Latin script. */
  name: string[];
  /** The Russian name where GeoNames lists one (a guess: see guessRussianName). */
  russianName: (string | undefined)[];
  /**
   * The other names search matches: first the place's current names in other spellings (its ASCII
   * name and its Russian name, where they differ from `name`), then, from `alternatesFrom`, its
   * alternate names: every Cyrillic one and, for larger places, the Latin ones people search for
   * (former and foreign names: "Königsberg" for Kaliningrad; see searchedLatinNames).
   */
  otherNames: string[][];
  /** Where each place's alternate names begin in its otherNames. */
  alternatesFrom: Uint8Array;
  latitude: Float64Array;
  longitude: Float64Array;
  population: Uint32Array;
  /** ISO 3166-1 alpha-2. */
  country: string[];
  /** GeoNames feature code: PPLC a capital, PPLA a first-order administrative seat, PPL… others. */
  featureCode: string[];
}

const TAB = 9;
const NEWLINE = 10;
// The dump's columns (geonames.org/export/dump readme): the ones read here.
const ID = 0;
const NAME = 1;
const ASCII_NAME = 2;
const ALTERNATE_NAMES = 3;
const LATITUDE = 4;
const LONGITUDE = 5;
const FEATURE_CODE = 7;
const COUNTRY = 8;
const POPULATION = 14;
// UTF-8 lead bytes of U+0400–U+047F: an alternate-names field without them has no Cyrillic name.
const CYRILLIC_LEADS = [0xd0, 0xd1];
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * Parses the GeoNames dump. Fields are decoded one at a time from the file's bytes, so no string
 * keeps the whole 23 MB file alive, and a place's alternate names are decoded only when it has a
 * Cyrillic one or is large enough to keep Latin ones (LATIN_NAMES_MIN_POPULATION).
 */
export function readWorldCities(file: string = geonamesFile()): WorldCities {
  const bytes = fs.readFileSync(file);
  const ids: number[] = [];
  const names: string[] = [];
  const russianNames: (string | undefined)[] = [];
  const otherNames: string[][] = [];
  const alternatesFrom: number[] = [];
  const latitudes: number[] = [];
  const longitudes: number[] = [];
  const populations: number[] = [];
  const countries: string[] = [];
  const featureCodes: string[] = [];
  const interned = new Map<string, string>();
  const intern = (text: string) => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    interned.set(text, text);
    return text;
  };
  const tabs: number[] = [];
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    tabs.length = 0;
    for (let tab = bytes.indexOf(TAB, start); tab >= 0 && tab < end && tabs.length <= POPULATION; tab = bytes.indexOf(TAB, tab + 1)) {
      tabs.push(tab);
    }
    if (tabs.length > POPULATION) {
      const field = (column: number) => bytes.toString("utf8", column === 0 ? start : tabs[column - 1]! + 1, tabs[column]!);
      const name = field(NAME);
      const ascii = field(ASCII_NAME);
      const country = intern(field(COUNTRY));
      const population = Number(field(POPULATION)) || 0;
      const withLatin = population >= LATIN_NAMES_MIN_POPULATION;
      const alternates =
        withLatin || hasCyrillic(bytes, tabs[ALTERNATE_NAMES - 1]! + 1, tabs[ALTERNATE_NAMES]!) ? field(ALTERNATE_NAMES).split(",") : [];
      const cyrillic = alternates.filter((alternate) => CYRILLIC.test(alternate));
      const russianName = cyrillic.length > 0 ? guessRussianName(name, country, [name, ascii], cyrillic) : undefined;
      const current = [ascii, russianName].filter((other): other is string => other !== undefined && other !== name);
      const latin = withLatin ? searchedLatinNames(alternates, [name, ...current]) : [];
      const others = [...new Set([...current, ...cyrillic, ...latin])];
      ids.push(Number(field(ID)));
      names.push(name);
      russianNames.push(russianName);
      otherNames.push(others);
      alternatesFrom.push(current.length);
      latitudes.push(Number(field(LATITUDE)));
      longitudes.push(Number(field(LONGITUDE)));
      populations.push(population);
      countries.push(country);
      featureCodes.push(intern(field(FEATURE_CODE)));
    }
    start = end + 1;
  }
  return {
    count: ids.length,
    geonameId: Int32Array.from(ids),
    name: names,
    russianName: russianNames,
    otherNames,
    alternatesFrom: Uint8Array.from(alternatesFrom),
    latitude: Float64Array.from(latitudes),
    longitude: Float64Array.from(longitudes),
    population: Uint32Array.from(populations),
    country: countries,
    featureCode: featureCodes,
  };
}

function hasCyrillic(bytes: Buffer, from: number, to: number): boolean {
  return CYRILLIC_LEADS.some((lead) => {
    const at = bytes.indexOf(lead, from);
    return at >= 0 && at < to;
  });
}
