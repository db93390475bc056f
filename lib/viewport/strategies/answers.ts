import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import type { MapCluster, TimeBucket, ViewportResult } from "../viewport-result";

/** Every match, when there are no more than the limit. */
export function everyMatch(entries: EntrySummary[]): ViewportResult {
  return { mode: "entries", entries, total: entries.length, truncated: false };
}

/** The first matches in the ordered page's order, and how many match in all. */
export function firstOf(entries: EntrySummary[], total: number): ViewportResult {
  return { mode: "entries", entries, total, truncated: total > entries.length };
}

/** Clusters and the entries standing alone beside them: together, every match. */
export function clustered(clusters: MapCluster[], entries: EntrySummary[]): ViewportResult {
  return { mode: "clusters", clusters, entries, total: entries.length + clusters.reduce((sum, c) => sum + c.count, 0) };
}

export function bucketed(buckets: TimeBucket[]): ViewportResult {
  return { mode: "buckets", buckets, total: buckets.reduce((sum, b) => sum + b.count, 0) };
}

/** The timeline window of a query planned as a timeline (the planner asks for both ends). */
export function timelineWindow(query: ResolvedViewportQuery): ResolvedViewportQuery & { from: number; to: number } {
  const { from, to } = query;
  if (from === undefined || to === undefined) throw new Error("a timeline aggregate needs both ends of its window");
  return { ...query, from, to };
}
