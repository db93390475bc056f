import { aggregateTimeBuckets } from "../database/aggregate-time-buckets";
import { mapCellDegrees } from "../map-cell-size";
import { aggregateCellsInMemory } from "../memory/aggregate-cells-in-memory";
import { entryIndex } from "../memory/entry-index";
import { firstMatches } from "../memory/scan-entry-index";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import { matchingSummaries, matchingSummariesInOrder } from "../summaries/matching-summaries";
import type { ViewportResult } from "../viewport-result";
import { bucketed, clustered, everyMatch, firstOf, timelineWindow } from "./answers";

/** What answers past the limit. */
export type MemoryOverLimit = "grid cells" | "database time buckets" | "page";

/**
 * "memory grid cells", "memory entries, database time buckets" and "memory entries": everything but
 * themes and comparable links, from the in-memory entry index, one scan of flat arrays instead of an
 * index walk and a GROUP BY (bench/results.md has the figures).
 */
export async function memoryEntries(query: ResolvedViewportQuery, overLimit: MemoryOverLimit): Promise<ViewportResult> {
  const index = await entryIndex(query.version);
  const { ids, total } = firstMatches(index, query, query.limit);
  if (total <= query.limit) return everyMatch(await matchingSummaries(ids, query));
  if (overLimit === "grid cells") {
    const cells = aggregateCellsInMemory(index, query, mapCellDegrees(query));
    return clustered(cells.clusters, await matchingSummaries(cells.singleIds, query));
  }
  if (overLimit === "database time buckets") return bucketed(await aggregateTimeBuckets(timelineWindow(query)));
  return firstOf(await matchingSummariesInOrder(ids, query), total);
}
