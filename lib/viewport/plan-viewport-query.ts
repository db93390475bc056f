import type { ViewportQuery } from "@/lib/validation/viewport";

/**
 * The ways a viewport query is answered. Each but the two pages answers with the matching entries
 * when no more than `limit` match, and past that with what its name says:
 *
 * - "memory page": the first `limit` matches in the ordered page's order (undated first) and their
 *   count, from the in-memory entry index; never aggregates.
 * - "database page": the same from the database (themes and comparable links live in other tables).
 * - "supercluster clusters": the in-memory cluster index's clusters; no scan at all.
 * - "memory time buckets": counts per bucket by binary search in the in-memory time index; within
 *   the limit, "memory entries, database time buckets" answers instead.
 * - "memory grid cells": entries from the entry index, grid cells counted by scanning it.
 * - "memory entries, database time buckets": entries from the entry index, buckets counted in SQL
 *   (the time index cannot filter).
 * - "memory entries": entries from the entry index, else the first `limit` in the ordered page's order.
 * - "database grid cells", "database time buckets", "database entries": the same, entries found
 *   through the database's spatial index (SQLite R*Tree, PostgreSQL GiST), aggregates in SQL, and
 *   past the limit the database's ordered page.
 */
export const VIEWPORT_STRATEGIES = [
  "memory page",
  "database page",
  "supercluster clusters",
  "memory time buckets",
  "memory grid cells",
  "memory entries, database time buckets",
  "memory entries",
  "database grid cells",
  "database time buckets",
  "database entries",
] as const;

export type ViewportStrategy = (typeof VIEWPORT_STRATEGIES)[number];

export interface ViewportPlan {
  strategy: ViewportStrategy;
  /** The shape of the query that chose it. */
  reason: string;
  /**
   * The text search runs first, in the database's full-text index; its best matches become an id
   * filter that the strategy applies (so a search never takes the unfiltered paths).
   */
  fullText: boolean;
}

/**
 * Which strategy answers a query, from its shape alone (no data read): the same query always gets the
 * same plan. The date-range filter (`after`, `before`) narrows the window, so it counts as one.
 */
export function planViewportQuery(query: ViewportQuery): ViewportPlan {
  const fullText = Boolean(query.q);
  const hasFrom = query.from !== undefined || query.after !== undefined;
  const hasTo = query.to !== undefined || query.before !== undefined;
  const otherTables = Boolean(query.tags?.length || query.comparable);
  const filtered = Boolean(query.kinds?.length || query.countries?.length || otherTables || fullText);
  const plan = (strategy: ViewportStrategy, reason: string): ViewportPlan => ({ strategy, reason, fullText });

  if (query.bbox === undefined && !hasFrom && !hasTo && query.require === undefined) {
    return otherTables
      ? plan("database page", "no box, window or requirement, and a theme or comparable filter the memory index lacks")
      : plan("memory page", "no box, window or requirement: a page of the whole collection");
  }
  if (query.aggregate === "map" && query.bbox && query.zoom !== undefined && !hasFrom && !hasTo && !filtered) {
    return plan("supercluster clusters", "a map view at a zoom with no window and no filter");
  }
  if (query.aggregate === "timeline" && hasFrom && hasTo && !query.bbox && !filtered && query.require === "dates") {
    return plan("memory time buckets", "a timeline window of dated entries with no box and no filter");
  }
  const over = query.aggregate === "map" ? "map" : query.aggregate === "timeline" && hasFrom && hasTo ? "timeline" : "page";
  if (otherTables) {
    const reason = "a theme or comparable filter, which the memory index lacks";
    if (over === "map") return plan("database grid cells", `a map view with ${reason}`);
    if (over === "timeline") return plan("database time buckets", `a timeline window with ${reason}`);
    return plan("database entries", `no aggregate (or no full window) with ${reason}`);
  }
  if (over === "map") return plan("memory grid cells", "a map view with a window or a filter the cluster index lacks");
  if (over === "timeline") {
    return plan("memory entries, database time buckets", "a timeline window with a box or a filter the time index lacks");
  }
  return plan("memory entries", "a box, window or requirement, and no aggregate (or a timeline without a full window)");
}
