import { CONTENT_LOCALES } from "@/lib/content/locales";
import { textColumnField } from "@/lib/open-data/open-data-columns";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import type { EntryEdit } from "@/lib/validation/entry-edit";
import { EMPTY_TEXT } from "./row-edit";

/** The part of an entry a file's row sets: everything but its slug, status, links, sources and themes. */
function importedFields(
  entry: Pick<
    EntrySnapshot,
    "kind" | "latitude" | "longitude" | "locationPrecision" | "countryCode" | "wikidataId" | "date" | "translations"
  >,
) {
  return JSON.stringify([
    entry.kind,
    entry.latitude,
    entry.longitude,
    entry.locationPrecision,
    entry.countryCode ?? null,
    entry.wikidataId ?? null,
    entry.date ?? null,
    CONTENT_LOCALES.map((locale) => {
      const text = { ...EMPTY_TEXT, ...entry.translations[locale] };
      return text.title
        ? [text.title, text.aliases, text.summary, text.description, text.placeName, text.locationNote, text.authors, text.dimensions]
        : null;
    }),
  ]);
}

/** Whether a row would change the entry it matched: re-importing the same file changes nothing. */
export function rowChangesEntry(current: EntrySnapshot, row: EntryEdit): boolean {
  return importedFields(current) !== importedFields(row);
}

/** The entry's edit with the row's fields in place of its own: its slug, links and citations stay as they are. */
export function mergeRowIntoEdit(current: EntryEdit, row: EntryEdit): EntryEdit {
  return {
    ...current,
    kind: row.kind,
    latitude: row.latitude,
    longitude: row.longitude,
    locationPrecision: row.locationPrecision,
    countryCode: row.countryCode,
    wikidataId: row.wikidataId,
    date: row.date,
    translations: row.translations,
  };
}

/** The entry's own fields each of our columns sets (latitude and longitude set the point together). */
const FIELD_OF_COLUMN: Readonly<Record<string, "kind" | "point" | "locationPrecision" | "countryCode" | "wikidataId" | "date">> = {
  kind: "kind",
  latitude: "point",
  longitude: "point",
  location_precision: "locationPrecision",
  country: "countryCode",
  wikidata_id: "wikidataId",
  date: "date",
};

/**
 * The row as it sets the entry it matched: what the file has a column for from the row (an empty cell
 * empties the field), every other field as the entry has it now. A file with a few of our columns (an
 * OpenStreetMap export, a register mapped to four columns) therefore never undoes what curators wrote
 * in the fields it does not have. `columns` absent: the row sets every field.
 */
export function rowAsItSetsEntry(row: EntryEdit, current: EntrySnapshot, columns: readonly string[] | undefined): EntryEdit {
  if (!columns) return row;
  const fields = new Set(columns.map((column) => FIELD_OF_COLUMN[column]));
  const texts = columns.flatMap((column) => textColumnField(column) ?? []);
  const translations = Object.fromEntries(
    CONTENT_LOCALES.map((locale) => {
      const kept: Record<string, unknown> = { ...EMPTY_TEXT, ...current.translations[locale] };
      for (const text of texts) if (text.locale === locale) kept[text.field] = row.translations[locale][text.field];
      return [locale, kept];
    }),
  ) as EntryEdit["translations"];
  return {
    ...row,
    kind: fields.has("kind") ? row.kind : current.kind,
    latitude: fields.has("point") ? row.latitude : current.latitude,
    longitude: fields.has("point") ? row.longitude : current.longitude,
    locationPrecision: fields.has("locationPrecision") ? row.locationPrecision : current.locationPrecision,
    countryCode: fields.has("countryCode") ? row.countryCode : (current.countryCode ?? null),
    wikidataId: fields.has("wikidataId") ? row.wikidataId : (current.wikidataId ?? null),
    date: fields.has("date") ? row.date : (current.date ?? null),
    translations,
  };
}
