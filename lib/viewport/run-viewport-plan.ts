import { orderedPage } from "./database/ordered-page";
import type { ViewportPlan, ViewportStrategy } from "./plan-viewport-query";
import type { ResolvedViewportQuery } from "./resolve-viewport-query";
import { databaseEntries } from "./strategies/database-entries";
import { memoryEntries } from "./strategies/memory-entries";
import { memoryPage } from "./strategies/memory-page";
import { memoryTimeBuckets } from "./strategies/memory-time-buckets";
import { superclusterClusters } from "./strategies/supercluster-clusters";
import type { ViewportResult } from "./viewport-result";

const strategies: Record<ViewportStrategy, (query: ResolvedViewportQuery) => Promise<ViewportResult>> = {
  "memory page": memoryPage,
  "database page": orderedPage,
  "supercluster clusters": superclusterClusters,
  "memory time buckets": memoryTimeBuckets,
  "memory grid cells": (query) => memoryEntries(query, "grid cells"),
  "memory entries, database time buckets": (query) => memoryEntries(query, "database time buckets"),
  "memory entries": (query) => memoryEntries(query, "page"),
  "database grid cells": (query) => databaseEntries(query, "grid cells"),
  "database time buckets": (query) => databaseEntries(query, "time buckets"),
  "database entries": (query) => databaseEntries(query, "page"),
};

/** Answers a resolved query the way its plan names. */
export function runViewportPlan(plan: ViewportPlan, query: ResolvedViewportQuery): Promise<ViewportResult> {
  return strategies[plan.strategy](query);
}
