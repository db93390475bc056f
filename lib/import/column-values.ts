import { scriptLocale } from "@/lib/content/script-locale";
import { type ColumnValue, fromColumnValues, OPEN_DATA_COLUMNS } from "@/lib/open-data/open-data-columns";
import type { OpenDataEntry } from "@/lib/open-data/open-data-entry";
import { descriptionText } from "./description-text";
import { fillFromOsmTags } from "./osm-tags";

/**
 * One value of a JSON file as text, or null for an object or a list: String() walks a nested list to
 * its bottom, and a hostile file nests one 100,000 deep (the stack overflows).
 */
export function scalarText(value: unknown): string | null {
  return typeof value === "object" && value !== null ? null : String(value);
}

/** A value from JSON or XML as the column's own type: lists from arrays or one item a line, numbers from numbers or numeric text. */
function asColumnValue(type: (typeof OPEN_DATA_COLUMNS)[number]["type"], value: unknown): ColumnValue {
  if (value === null || value === undefined) return null;
  if (type === "list") {
    const items = Array.isArray(value) ? value.map(scalarText) : (scalarText(value)?.split(/\r?\n/) ?? []);
    return items.flatMap((item) => item?.trim() || []);
  }
  if (type === "number") {
    if (typeof value === "number") return value;
    const text = scalarText(value)?.trim();
    // An object or a list is no number: NaN, which the editor's checks refuse with the column's name.
    return text === "" ? null : text === undefined ? Number.NaN : Number(text);
  }
  return scalarText(value);
}

/**
 * A bare `name` and `description` (as text, when written as HTML), each in Russian when written in
 * Cyrillic, else English, where the columns give none.
 */
function fillFromNameAndDescription(properties: Readonly<Record<string, unknown>>, values: Record<string, ColumnValue>): void {
  const name = typeof properties.name === "string" ? properties.name.trim() : "";
  const locale = scriptLocale(name);
  if (locale && !values[`title_${locale}`]) values[`title_${locale}`] = name;
  const description = typeof properties.description === "string" ? descriptionText(properties.description).trim() : "";
  const descriptionLocale = scriptLocale(description);
  if (descriptionLocale && !values[`description_${descriptionLocale}`]) values[`description_${descriptionLocale}`] = description;
}

/**
 * A GeoJSON feature's or KML placemark's properties (named as the export's columns) as an entry.
 * Data from elsewhere names things its own way: OpenStreetMap's tags are read (osm-tags.ts); a bare
 * `name` is the title and `description` the description, each in Russian when written in Cyrillic,
 * else in English, unless the columns already give that language's, or give any title (an export).
 * With the entry, the columns the properties give (even empty), which an update sets.
 */
export function entryFromProperties(properties: Readonly<Record<string, unknown>>): { entry: OpenDataEntry; columns: string[] } {
  const values: Record<string, ColumnValue> = {};
  for (const column of OPEN_DATA_COLUMNS) values[column.name] = asColumnValue(column.type, properties[column.name]);
  fillFromOsmTags(properties, values);
  // A file of ours (an export) names its titles in columns; its name and description are the copy a
  // map viewer shows (one language, the entry's page appended), not texts to read back.
  if (properties.title_en === undefined && properties.title_ru === undefined) fillFromNameAndDescription(properties, values);
  const columns = OPEN_DATA_COLUMNS.flatMap(({ name }) => (properties[name] !== undefined || values[name] !== null ? [name] : []));
  return { entry: fromColumnValues(values), columns };
}

/**
 * A feature's entry where its geometry places it: at `point`, or nowhere when it has none. A point
 * that stands for an area or a line (`area`) gives the location precision "area" unless the
 * properties name one. The geometry always gives the point (none: not on the map).
 */
export function placedEntry(
  properties: Readonly<Record<string, unknown>>,
  point: { latitude: number | null; longitude: number | null } | null,
  area: boolean,
): { entry: OpenDataEntry; columns: string[] } {
  const { entry, columns } = entryFromProperties(properties);
  entry.latitude = point?.latitude ?? null;
  entry.longitude = point?.longitude ?? null;
  columns.push("latitude", "longitude");
  if (area && !scalarText(properties.location_precision ?? "")?.trim()) {
    entry.locationPrecision = "area";
    columns.push("location_precision");
  }
  return { entry, columns };
}
