import { editDistanceWithin } from "@/lib/search/edit-distance";
import { placeKey } from "./place-key";

/**
 * Places this large keep Latin-script alternate names. Smaller places rarely have a former or
 * foreign name anyone searches for, and 110,000 of GeoNames' 135,000 places are smaller: the
 * threshold keeps the gazetteer's memory growth to a few MB (docs/gazetteer.md, bench/results.md).
 */
export const LATIN_NAMES_MIN_POPULATION = 15_000;
/** At most this many Latin alternates per place: Moscow alone has 43 after the filters below. */
export const LATIN_NAMES_PER_PLACE = 6;

// A name in Latin letters with at least one lower-case letter, beginning with a capital: GeoNames'
// all-lower-case ones ("jia li ning ge lei") are romanised Chinese, Korean or Arabic names, and its
// all-capital ones ("KGD") are airport codes.
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}'’ʼ. -]*$/u;
const LOWER_CASE = /\p{Ll}/u;
// A name whose last word is not capitalised is a description ("Vilniaus miestas": the city of Vilnius;
// "Sovetsk i Kaliningrad oblast") or a Mari name form ("Tallin osh").
const ENDS_IN_LOWER_CASE_WORD = /\s\p{Ll}+$/u;
// An ending this long on a name the place already has is a case or a language's suffix ("Kaliningrada", "Memela").
const INFLECTION_LETTERS = 3;
// Names this close (in edits) to a current name, or closer than a third of their length, are its spellings.
const MIN_SPELLING_DISTANCE = 2;
// How widely a name is used: how many of the place's alternates begin with its first letters.
const SUPPORT_LETTERS = 3;
const SPELLING_SHARE = 1 / 3;

/**
 * The Latin-script alternate names of a place that people search for: its former names and the
 * names other languages give it ("Königsberg" and "Królewiec" for Kaliningrad, "Breslau" for Wrocław),
 * not the dozens of transliterations and inflections of the names it already has. `currentNames`
 * are its name, ASCII name and Russian name.
 *
 * A name is dropped when its key (placeKey) is a current name's, extends one by an inflection or more
 * words ("Kiev osh", "Kaliningrada"), ends with one ("Lungsod ng Klaipeda"), or is a spelling of one
 * (within a third of its letters: "Kalininqrad", "Kharkov"). Of the rest, the names that begin as
 * most other alternates do come first (a name many languages use: Danzig, Dantsic, Danzica…), then
 * the shorter, and at most LATIN_NAMES_PER_PLACE are kept. Spellings of a kept name stay (people type
 * "Stettin" as often as "Stetin"); its inflections go.
 */
export function searchedLatinNames(alternates: readonly string[], currentNames: readonly string[]): string[] {
  const latin = alternates.filter((name) => LATIN_NAME.test(name) && LOWER_CASE.test(name) && !ENDS_IN_LOWER_CASE_WORD.test(name));
  if (latin.length === 0) return [];
  const current = [...new Set(currentNames.map(placeKey))].filter(Boolean);
  const candidates = new Map<string, string>();
  const beginnings = new Map<string, number>();
  for (const name of latin) {
    const key = placeKey(name);
    if (!key) continue;
    const beginning = key.slice(0, SUPPORT_LETTERS);
    beginnings.set(beginning, (beginnings.get(beginning) ?? 0) + 1);
    if (current.some((other) => extends_(key, other) || spelling(key, other))) continue;
    // Of two spellings with one key, the one with its diacritics ("Königsberg", not "Koenigsberg").
    const kept = candidates.get(key);
    if (kept === undefined || (!isAscii(name) && isAscii(kept))) candidates.set(key, name);
  }
  const support = (key: string) => beginnings.get(key.slice(0, SUPPORT_LETTERS))!;
  const ranked = [...candidates.keys()].sort((a, b) => support(b) - support(a) || a.length - b.length || (a < b ? -1 : 1));
  const keptKeys: string[] = [];
  for (const key of ranked) {
    if (keptKeys.length === LATIN_NAMES_PER_PLACE) break;
    if (!keptKeys.some((other) => extends_(key, other))) keptKeys.push(key);
  }
  return keptKeys.map((key) => candidates.get(key)!);
}

/** `key` is `other`, or `other` with an inflection or more words after it, or more words before it. */
function extends_(key: string, other: string): boolean {
  if (key.startsWith(other)) return key.length - other.length <= INFLECTION_LETTERS || key[other.length] === " ";
  return key.endsWith(` ${other}`);
}

function spelling(key: string, other: string): boolean {
  const max = Math.max(MIN_SPELLING_DISTANCE, Math.floor(Math.max(key.length, other.length) * SPELLING_SHARE));
  return editDistanceWithin(key, other, max) <= max;
}

const isAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);
