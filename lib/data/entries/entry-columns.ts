import { parseHistoricalDate, toStoredColumns } from "@/lib/dates";
import type { ValidEntryInput as ValidEntry } from "@/lib/validation/entry";

/** The Entry row for a validated entry: one mapping for the data layer and for bulk loaders. */
export function entryColumns(entry: ValidEntry, publishedAt: Date) {
  return {
    slug: entry.slug,
    kind: entry.kind,
    status: entry.status,
    latitude: entry.latitude,
    longitude: entry.longitude,
    locationPrecision: entry.locationPrecision,
    countryCode: entry.countryCode,
    wikidataId: entry.wikidataId,
    ...toStoredColumns(entry.date ? parseHistoricalDate(entry.date) : null),
    publishedAt: entry.status === "published" ? publishedAt : null,
  };
}

/** The EntryTranslation rows of a validated entry (aliases one per line). */
export function translationColumns(entry: ValidEntry) {
  return Object.entries(entry.translations).map(([locale, text]) => ({ locale, ...text, aliases: text.aliases.join("\n") }));
}
