import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import { publishedSummaries } from "./entry-summaries";
import { matchesViewport } from "./matches-viewport";

function byTime(a: EntrySummary, b: EntrySummary): number {
  return (a.startTime ?? Infinity) - (b.startTime ?? Infinity) || a.id.localeCompare(b.id);
}

/**
 * Published entries found through an index, loaded by primary key and held to the exact filter
 * (`matchesViewport`), in time order (undated last); filters the index applies exactly (countries,
 * themes, comparable, search) are not repeated.
 */
export async function matchingSummaries(ids: string[], query: ResolvedViewportQuery): Promise<EntrySummary[]> {
  if (ids.length === 0) return [];
  // The status is checked in memory, not in SQL: beside the id list, SQLite would walk the status index instead.
  const entries = await publishedSummaries(ids, query.locale, query.version);
  return entries.filter((entry) => matchesViewport(entry, query)).sort(byTime);
}

/** The same, in the order of the ids given (an ordered page's). */
export async function matchingSummariesInOrder(ids: string[], query: ResolvedViewportQuery): Promise<EntrySummary[]> {
  const found = new Map((await matchingSummaries(ids, query)).map((e) => [e.id, e]));
  return ids.flatMap((id) => found.get(id) ?? []);
}
