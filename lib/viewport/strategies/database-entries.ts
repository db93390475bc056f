import { aggregateMapCells } from "../database/aggregate-map-cells";
import { aggregateTimeBuckets } from "../database/aggregate-time-buckets";
import { findEntryIds } from "../database/find-entry-ids";
import { orderedPage } from "../database/ordered-page";
import { mapCellDegrees } from "../map-cell-size";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import { matchingSummaries } from "../summaries/matching-summaries";
import type { ViewportResult } from "../viewport-result";
import { bucketed, clustered, everyMatch, timelineWindow } from "./answers";

/** What answers past the limit. */
export type DatabaseOverLimit = "grid cells" | "time buckets" | "page";

/**
 * "database grid cells", "database time buckets" and "database entries": themes and comparable links
 * live in other tables, so these go to the database's spatial index (viewport-dialect.ts).
 */
export async function databaseEntries(query: ResolvedViewportQuery, overLimit: DatabaseOverLimit): Promise<ViewportResult> {
  const ids = await findEntryIds(query, query.limit + 1);
  if (ids.length <= query.limit) return everyMatch(await matchingSummaries(ids, query));
  if (overLimit === "grid cells") {
    const cells = await aggregateMapCells(query, mapCellDegrees(query));
    return clustered(cells.clusters, await matchingSummaries(cells.singleIds, query));
  }
  if (overLimit === "time buckets") return bucketed(await aggregateTimeBuckets(timelineWindow(query)));
  return orderedPage(query);
}
