import type { EntryKind } from "@/lib/content/entry-kinds";
import type { ContentLocale } from "@/lib/content/locales";
import type { HistoricalDate } from "@/lib/dates";

/** An entry's text in one language, as the editor takes it (aliases one per item). */
export interface OpenDataTexts {
  title: string;
  aliases: string[];
  summary: string;
  description: string;
  placeName: string;
  locationNote: string;
  authors: string;
  dimensions: string;
}

export const OPEN_DATA_TEXT_FIELDS = [
  "title",
  "aliases",
  "summary",
  "description",
  "placeName",
  "locationNote",
  "authors",
  "dimensions",
] as const satisfies readonly (keyof OpenDataTexts)[];

export type LocationPrecision = "exact" | "approximate" | "area";

/**
 * One published entry as every export format writes it and the importer reads it back: what a
 * curator typed, not what the site derives from it (labels, search text), so a round trip loses nothing.
 */
export interface OpenDataEntry {
  slug: string;
  kind: EntryKind;
  /** EDTF ("2024-06-06", "1942-01/1943-03", "1967~"); null for an undated entry. */
  date: string | null;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: LocationPrecision;
  /** ISO 3166-1 alpha-2. */
  countryCode: string | null;
  wikidataId: string | null;
  /** Only the languages the entry has a title in. */
  texts: Partial<Record<ContentLocale, OpenDataTexts>>;
  /** Web addresses of the sources cited for its facts, each once. */
  sources: string[];
  /** Theme slugs. */
  tags: string[];
}

/** An entry as the exports read it: also its date as parts, and (for JSON-LD) the published articles about it. */
export interface ExportedEntry extends OpenDataEntry {
  period: HistoricalDate | null;
  articles?: { slug: string; titles: Partial<Record<string, string>> }[];
}
