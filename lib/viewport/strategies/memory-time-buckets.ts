import { timelineFromMemory } from "../memory/time-index";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import type { ViewportResult } from "../viewport-result";
import { timelineWindow } from "./answers";
import { memoryEntries } from "./memory-entries";

/**
 * "memory time buckets": the default timeline (no box, no filter) counted from the in-memory time
 * index; within the limit, its entries come from "memory entries, database time buckets".
 */
export async function memoryTimeBuckets(query: ResolvedViewportQuery): Promise<ViewportResult> {
  const { from, to } = timelineWindow(query);
  const timeline = await timelineFromMemory(from, to, query.version);
  if (timeline.total > query.limit) return { mode: "buckets", buckets: timeline.buckets(), total: timeline.total };
  return memoryEntries(query, "database time buckets");
}
