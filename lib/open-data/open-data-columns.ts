import { ENTRY_KINDS, type EntryKind } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { type LocationPrecision, OPEN_DATA_TEXT_FIELDS, type OpenDataEntry, type OpenDataTexts } from "./open-data-entry";

/**
 * The columns of the CSV export, which the CSV importer reads back, and the property names of the
 * GeoJSON export (where latitude and longitude are the geometry instead). Defined once, here:
 * docs/api.md lists them from this table, and a round trip through `toColumnValues` and
 * `fromColumnValues` gives back the same entry.
 *
 * - text: a string, empty when unknown.
 * - optional: a string or null; an empty CSV cell is null.
 * - number: decimal degrees, or null (an empty cell).
 * - list: several strings; in a CSV cell one per line, in GeoJSON an array.
 */
export type ColumnType = "text" | "optional" | "number" | "list";
export type ColumnValue = string | number | string[] | null;

export interface OpenDataColumn {
  name: string;
  type: ColumnType;
  description: string;
  /** Latitude and longitude: the geometry in GeoJSON, not a property. */
  geometry?: boolean;
  get(entry: OpenDataEntry): ColumnValue;
  set(entry: OpenDataEntry, value: ColumnValue): void;
}

const TEXT_FIELD_COLUMNS: Record<keyof OpenDataTexts, { column: string; description: string }> = {
  title: { column: "title", description: "Name. An empty title means the entry has no text in this language." },
  aliases: { column: "aliases", description: "Other names people search for, one per line." },
  summary: { column: "summary", description: "One or two sentences." },
  description: { column: "description", description: "The full text." },
  placeName: { column: "place_name", description: "Where it is or was, as a place name." },
  locationNote: { column: "location_note", description: "Why the map point is approximate, where it is." },
  authors: { column: "authors", description: "Memorials: sculptors, architects, engineers." },
  dimensions: { column: "dimensions", description: "Memorials: height, area." },
};

const LANGUAGE_NAMES: Record<ContentLocale, string> = { en: "English", ru: "Russian" };

/** An entry's texts in a language it has none in: what the columns read and the importer starts from. */
export const EMPTY_TEXTS: OpenDataTexts = {
  title: "",
  aliases: [],
  summary: "",
  description: "",
  placeName: "",
  locationNote: "",
  authors: "",
  dimensions: "",
};

function textColumn(field: keyof OpenDataTexts, locale: ContentLocale): OpenDataColumn {
  const { column, description } = TEXT_FIELD_COLUMNS[field];
  return {
    name: `${column}_${locale}`,
    type: field === "aliases" ? "list" : "text",
    description: `${description} (${LANGUAGE_NAMES[locale]})`,
    get: (entry) => entry.texts[locale]?.[field] ?? EMPTY_TEXTS[field],
    set(entry, value) {
      const texts = (entry.texts[locale] ??= { ...EMPTY_TEXTS, aliases: [] });
      if (field === "aliases") texts.aliases = Array.isArray(value) ? value : [];
      else texts[field] = typeof value === "string" ? value : "";
    },
  };
}

/** One list cell holds one item per line (a CSV cell, a KML Data value). */
const LIST_SEPARATOR = "\n";

/** A column's value as the text of one cell: a list one item per line, nothing as empty. */
export function columnText(value: ColumnValue): string {
  if (value === null) return "";
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

const TEXT_COLUMN_FIELDS = new Map<string, { field: keyof OpenDataTexts; locale: ContentLocale }>(
  OPEN_DATA_TEXT_FIELDS.flatMap((field) =>
    CONTENT_LOCALES.map((locale) => [`${TEXT_FIELD_COLUMNS[field].column}_${locale}`, { field, locale }]),
  ),
);

/** The text field and language one of our columns holds ("place_name_ru": placeName in Russian), or null for any other column. */
export function textColumnField(name: string): { field: keyof OpenDataTexts; locale: ContentLocale } | null {
  return TEXT_COLUMN_FIELDS.get(name) ?? null;
}

const textColumns = (fields: readonly (keyof OpenDataTexts)[]) =>
  fields.flatMap((field) => CONTENT_LOCALES.map((locale) => textColumn(field, locale)));

const asString = (value: ColumnValue) => (typeof value === "string" ? value : "");
const asOptional = (value: ColumnValue) => (typeof value === "string" && value !== "" ? value : null);
const asNumber = (value: ColumnValue) => (typeof value === "number" ? value : null);
const asList = (value: ColumnValue) => (Array.isArray(value) ? value : []);

export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = [
  {
    name: "slug",
    type: "text",
    description: "The entry's stable identifier and the last part of its page's address (/en/entries/<slug>).",
    get: (e) => e.slug,
    set: (e, v) => (e.slug = asString(v)),
  },
  {
    name: "kind",
    type: "text",
    description: `One of ${ENTRY_KINDS.join(", ")}.`,
    get: (e) => e.kind,
    set: (e, v) => (e.kind = asString(v) as EntryKind),
  },
  ...textColumns(["title"]),
  {
    name: "date",
    type: "optional",
    description:
      "EDTF (ISO 8601-2): 2024-06-06, 1942-06 (a month), 1942-01/1943-03 (a range), 1967~ (circa), -0044-03-15 (44 BC). Empty: undated.",
    get: (e) => e.date,
    set: (e, v) => (e.date = asOptional(v)),
  },
  {
    name: "latitude",
    type: "number",
    geometry: true,
    description: "WGS 84 decimal degrees, north positive. Empty (with longitude): not on the map.",
    get: (e) => e.latitude,
    set: (e, v) => (e.latitude = asNumber(v)),
  },
  {
    name: "longitude",
    type: "number",
    geometry: true,
    description: "WGS 84 decimal degrees, east positive.",
    get: (e) => e.longitude,
    set: (e, v) => (e.longitude = asNumber(v)),
  },
  {
    name: "location_precision",
    type: "text",
    description: "exact, approximate (a nearby verified point) or area (a region, shown at a representative point).",
    get: (e) => e.locationPrecision,
    set: (e, v) => (e.locationPrecision = asString(v) as LocationPrecision),
  },
  {
    name: "country",
    type: "optional",
    description: "ISO 3166-1 alpha-2 code; empty where sovereignty is disputed (the text says so).",
    get: (e) => e.countryCode,
    set: (e, v) => (e.countryCode = asOptional(v)),
  },
  {
    name: "wikidata_id",
    type: "optional",
    description: "Wikidata item (Q…), where there is one.",
    get: (e) => e.wikidataId,
    set: (e, v) => (e.wikidataId = asOptional(v)),
  },
  ...textColumns(OPEN_DATA_TEXT_FIELDS.filter((field) => field !== "title")),
  {
    name: "sources",
    type: "list",
    description: "Web addresses of the sources cited for the entry's facts, one per line.",
    get: (e) => e.sources,
    set: (e, v) => (e.sources = asList(v)),
  },
  {
    name: "tags",
    type: "list",
    description: "Themes the entry belongs to, as slugs, one per line.",
    get: (e) => e.tags,
    set: (e, v) => (e.tags = asList(v)),
  },
];

/** The entry as one value per column, in column order. */
export function toColumnValues(entry: OpenDataEntry): ColumnValue[] {
  return OPEN_DATA_COLUMNS.map((column) => column.get(entry));
}

/** The entry that `toColumnValues` wrote; languages without a title are left out. */
export function fromColumnValues(values: Readonly<Record<string, ColumnValue>>): OpenDataEntry {
  const entry: OpenDataEntry = {
    slug: "",
    kind: "event",
    date: null,
    latitude: null,
    longitude: null,
    locationPrecision: "exact",
    countryCode: null,
    wikidataId: null,
    texts: {},
    sources: [],
    tags: [],
  };
  for (const column of OPEN_DATA_COLUMNS) column.set(entry, values[column.name] ?? null);
  for (const locale of CONTENT_LOCALES) if (!entry.texts[locale]?.title) delete entry.texts[locale];
  return entry;
}
