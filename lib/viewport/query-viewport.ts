import type { ViewportQuery } from "@/lib/validation/viewport";
import { planViewportQuery } from "./plan-viewport-query";
import { whileAnswering } from "./request/query-activity";
import { resolveViewportQuery } from "./resolve-viewport-query";
import { runViewportPlan } from "./run-viewport-plan";
import type { ViewportResult } from "./viewport-result";

/**
 * Published entries in a map box and time window, for the map, the timeline and the list. Up to
 * `limit` matches come back as entries; beyond that, map clusters or timeline buckets when asked for,
 * so the response stays small whatever the size of the collection. The plan (plan-viewport-query.ts)
 * names the strategy; the query's search and date range are resolved; the strategy runs. A caller
 * that has read the collection version already (the route, for its ETag) passes it, saving a read.
 */
export function queryViewport(request: ViewportQuery, knownVersion?: number): Promise<ViewportResult> {
  return whileAnswering(async () => {
    const plan = planViewportQuery(request);
    return runViewportPlan(plan, await resolveViewportQuery(request, knownVersion));
  });
}
