import { type ColumnValue, fromColumnValues, OPEN_DATA_COLUMNS } from "@/lib/open-data/open-data-columns";
import type { OpenDataEntry } from "@/lib/open-data/open-data-entry";

const CYRILLIC = /[\u0400-\u04FF]/;

/** A value from JSON or XML as the column's own type: lists from arrays or one item a line, numbers from numbers or numeric text. */
function asColumnValue(type: (typeof OPEN_DATA_COLUMNS)[number]["type"], value: unknown): ColumnValue {
  if (value === null || value === undefined) return null;
  if (type === "list") {
    const items = Array.isArray(value) ? value : String(value).split(/\r?\n/);
    return items.map((item) => String(item).trim()).filter(Boolean);
  }
  if (type === "number") {
    if (typeof value === "number") return value;
    const text = String(value).trim();
    return text === "" ? null : Number(text);
  }
  return typeof value === "string" ? value : String(value);
}

/**
 * A GeoJSON feature's or KML placemark's properties (named as the export's columns) as an entry.
 * Data from elsewhere names things its own way: a bare `name` is the title, and `description` the
 * description, in Russian when written in Cyrillic, else in English, unless the columns say otherwise.
 */
export function entryFromProperties(properties: Readonly<Record<string, unknown>>): OpenDataEntry {
  const values: Record<string, ColumnValue> = {};
  for (const column of OPEN_DATA_COLUMNS) values[column.name] = asColumnValue(column.type, properties[column.name]);
  const name = typeof properties.name === "string" ? properties.name.trim() : "";
  if (name && !values.title_en && !values.title_ru) {
    const locale = CYRILLIC.test(name) ? "ru" : "en";
    values[`title_${locale}`] = name;
    const description = typeof properties.description === "string" ? properties.description.trim() : "";
    if (description && !values[`description_${locale}`]) values[`description_${locale}`] = description;
  }
  return fromColumnValues(values);
}
