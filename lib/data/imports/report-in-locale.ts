import type { ReportRow } from "@/lib/import/import-report";
import { listEntryTitles } from "../entries/list-entry-titles";

/**
 * The report's rows with each possible duplicate named in `locale`: a job stores a candidate's title
 * as it was when the row was flagged, in one language, and the staff page is read in either. A
 * candidate deleted since keeps the stored title.
 */
export async function reportInLocale(rows: readonly ReportRow[], locale: string): Promise<ReportRow[]> {
  const slugs = rows.flatMap((row) => (row.candidates ?? []).map((candidate) => candidate.slug));
  if (slugs.length === 0) return [...rows];
  const titles = new Map((await listEntryTitles({ slugs, locale })).map((entry) => [entry.slug, entry.title]));
  return rows.map((row) =>
    row.candidates
      ? { ...row, candidates: row.candidates.map((candidate) => ({ ...candidate, title: titles.get(candidate.slug) ?? candidate.title })) }
      : row,
  );
}
