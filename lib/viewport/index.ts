import "server-only";

/**
 * The viewport engine: what the map, the timeline and the list show for a box, a window and
 * filters. Import it from here only; ARCHITECTURE.md ("The viewport engine") describes the parts.
 *
 * - The route: parseViewportQuery, collectionVersion, cachedBody / storeBody, queryViewport,
 *   whileAnswering. Pages: publishedCountries. The browser: the answer's types (types only).
 * - The planner: planViewportQuery names the strategy that answers a query, and why.
 * - White-box, for the engine's own tests and the benchmark: the parts the strategies are built from.
 */

export { collectionVersion } from "./caches/collection-version";
export { aggregateMapCells } from "./database/aggregate-map-cells";
export { aggregateTimeBuckets } from "./database/aggregate-time-buckets";
export { viewportWhere } from "./database/ordered-page";
export { cellDegreesForZoom } from "./map-cell-size";
export { aggregateCellsInMemory } from "./memory/aggregate-cells-in-memory";
export { CLUSTER_OPTIONS } from "./memory/cluster-index";
export { clusterViewport } from "./memory/cluster-viewport";
export { type EntryIndex, entryIndex } from "./memory/entry-index";
export { publishedCountries } from "./memory/published-countries";
export { firstMatches, type IndexQuery, scanEntryIndex } from "./memory/scan-entry-index";
export { timelineFromMemory } from "./memory/time-index";
export { planViewportQuery, VIEWPORT_STRATEGIES, type ViewportPlan, type ViewportStrategy } from "./plan-viewport-query";
export { queryViewport } from "./query-viewport";
export { parseViewportQuery } from "./request/parse-viewport-query";
export { quietMoment, whileAnswering } from "./request/query-activity";
export { type CachedBody, cachedBody, canonicalQuery, storeBody, viewportEtag } from "./request/response-cache";
export { summaryRows, summaryRowsReadAhead } from "./summaries/summary-rows";
export { bucketGrid, bucketIndex, bucketStart, timeBucket } from "./time-bucket-ladder";
export type { MapCluster, TimeBucket, ViewportResult } from "./viewport-result";
