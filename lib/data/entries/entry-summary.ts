import type { EntryKind } from "@/lib/content/entry-kinds";
import { pickTranslation } from "@/lib/content/pick-translation";
import { formatHistoricalDate, fromStoredColumns, type StoredDateColumns } from "@/lib/dates";

/** What the map, the timeline and the list need to draw one entry. */
export interface EntrySummary {
  id: string;
  slug: string;
  kind: EntryKind;
  title: string;
  /** Language of `title`, which may differ from the requested one when a translation is missing. */
  titleLocale: string;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: "exact" | "approximate" | "area";
  startTime: number | null;
  endTime: number | null;
  dateLabel: string | null;
  isRange: boolean;
}

export const entrySummarySelect = {
  id: true,
  slug: true,
  kind: true,
  latitude: true,
  longitude: true,
  locationPrecision: true,
  startYear: true,
  startMonth: true,
  startDay: true,
  startCirca: true,
  endYear: true,
  endMonth: true,
  endDay: true,
  endCirca: true,
  startTime: true,
  endTime: true,
  translations: { select: { locale: true, title: true } },
} as const;

export interface EntrySummaryRow extends Omit<StoredDateColumns, "dateEdtf"> {
  id: string;
  slug: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: string;
  translations: { locale: string; title: string }[];
}

export function toEntrySummary(row: EntrySummaryRow, locale: string): EntrySummary {
  const date = fromStoredColumns(row);
  const title = pickTranslation(row.translations, locale);
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind as EntryKind,
    title: title?.title ?? row.slug,
    titleLocale: title?.locale ?? locale,
    latitude: row.latitude,
    longitude: row.longitude,
    locationPrecision: row.locationPrecision as EntrySummary["locationPrecision"],
    startTime: row.startTime,
    endTime: row.endTime,
    dateLabel: date ? formatHistoricalDate(date, locale) : null,
    isRange: Boolean(date?.end),
  };
}
