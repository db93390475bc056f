import { CONTENT_LOCALES } from "@/lib/content/locales";
import { scriptLocale } from "@/lib/content/script-locale";
import type { ColumnValue } from "@/lib/open-data/open-data-columns";

/** OpenStreetMap's `historic` values that are memorials (wiki.openstreetmap.org/wiki/Key:historic). */
const MEMORIAL_HISTORIC = new Set(["memorial", "monument", "memorial_complex", "tomb", "wayside_cross", "wayside_shrine"]);
/** `place` values that are settlements (wiki.openstreetmap.org/wiki/Key:place). */
const SETTLEMENT = new Set(["city", "town", "village", "hamlet", "suburb", "quarter", "neighbourhood", "isolated_dwelling", "locality"]);
/** Other-name keys (wiki.openstreetmap.org/wiki/Names): each becomes an alias. */
const ALIAS_KEYS = ["alt_name", "old_name", "official_name", "short_name", "loc_name"];
/** start_date values that are plain ISO dates ("1974", "1974-10", "1974-10-19"); its other forms ("~1950", "C19") are not read. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
const isEmpty = (value: ColumnValue | undefined) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

/**
 * OpenStreetMap's tags (a GeoJSON file from Overpass or a KML from uMap carries them as properties)
 * read as the export's columns wherever the file does not give those columns itself: `name:en` and
 * `name:ru` as titles, the other-name keys as aliases, `wikidata`, `start_date`, and the kind from
 * `historic`, `memorial` or `place`. `values` holds the columns read so far and is filled in place.
 */
export function fillFromOsmTags(properties: Readonly<Record<string, unknown>>, values: Record<string, ColumnValue>): void {
  for (const locale of CONTENT_LOCALES) {
    const name = text(properties[`name:${locale}`]);
    if (name && isEmpty(values[`title_${locale}`])) values[`title_${locale}`] = name;
    const aliases = ALIAS_KEYS.flatMap((key) => [
      text(properties[`${key}:${locale}`]),
      scriptLocale(text(properties[key])) === locale ? text(properties[key]) : "",
    ])
      .flatMap((value) => value.split(";"))
      .map((alias) => alias.trim())
      .filter(Boolean);
    if (aliases.length > 0 && isEmpty(values[`aliases_${locale}`])) values[`aliases_${locale}`] = [...new Set(aliases)];
  }
  const wikidata = text(properties.wikidata);
  if (/^Q\d+$/.test(wikidata) && isEmpty(values.wikidata_id)) values.wikidata_id = wikidata;
  const started = text(properties.start_date);
  if (ISO_DATE.test(started) && isEmpty(values.date)) values.date = started;
  if (isEmpty(values.kind)) {
    if (MEMORIAL_HISTORIC.has(text(properties.historic)) || text(properties.memorial)) values.kind = "memorial";
    else if (SETTLEMENT.has(text(properties.place))) values.kind = "place";
  }
}
