import { clusterViewport } from "../memory/cluster-viewport";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import { matchingSummaries } from "../summaries/matching-summaries";
import type { ViewportResult } from "../viewport-result";
import { everyMatch } from "./answers";

/** "supercluster clusters": the default map view (no window, no filter) from the in-memory cluster index. */
export async function superclusterClusters(query: ResolvedViewportQuery): Promise<ViewportResult> {
  const { bbox, zoom } = query;
  if (bbox === undefined || zoom === undefined) throw new Error("a clustered map view needs a box and a zoom");
  const view = await clusterViewport(bbox, zoom, query.limit, query.version);
  if (view.pointIds) return everyMatch(await matchingSummaries(view.pointIds, query));
  const entries = await matchingSummaries(view.singleIds, query);
  return { mode: "clusters", clusters: view.clusters, entries, total: view.total };
}
