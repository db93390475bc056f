import { entryIndex } from "../memory/entry-index";
import { firstMatches } from "../memory/scan-entry-index";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import { matchingSummariesInOrder } from "../summaries/matching-summaries";
import type { ViewportResult } from "../viewport-result";
import { firstOf } from "./answers";

/** "memory page": the first `limit` matches in the ordered page's order and their count, from one scan of the entry index. */
export async function memoryPage(query: ResolvedViewportQuery): Promise<ViewportResult> {
  const index = await entryIndex(query.version);
  const { ids, total } = firstMatches(index, query, query.limit);
  return firstOf(await matchingSummariesInOrder(ids, query), total);
}
