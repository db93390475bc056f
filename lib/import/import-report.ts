import type { ContentLocale } from "@/lib/content/locales";

/** A reason in each language of the staff pages, put into words when the row is reported. */
export type ReportText = Record<ContentLocale, string>;

/** One row a person should look at: refused (and why), or flagged as a possible duplicate (and of what). */
export interface ReportRow {
  /** CSV: the line the row starts on; GeoJSON: the feature's number; KML: the placemark's (from 1). */
  line: number;
  outcome: "failed" | "duplicate";
  /** The row's title, so it can be found in the file. */
  title: string;
  /** The column the reason is about ("latitude", "title_en"), when it is about one. */
  column?: string;
  reason: ReportText;
  /** Existing entries with the same or a similar name nearby. */
  candidates?: { slug: string; title: string; distanceKm: number }[];
}

/** What became of every row: counted, and reported when a person should look. */
export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  failed: number;
  report: ReportRow[];
}

export function emptyOutcome(): BatchOutcome {
  return { created: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, report: [] };
}
