import { CONTENT_LOCALES } from "@/lib/content/locales";
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
