import type { BoundingBox } from "@/lib/validation/viewport";
import type { MapCluster } from "../viewport-result";
import { CLUSTER_MAX_ZOOM, clusterIndex } from "./cluster-index";

export interface ClusteredView {
  /** Entries in the box, when there are no more than the limit. */
  pointIds: string[] | null;
  clusters: MapCluster[];
  /** Entries standing alone at this zoom. */
  singleIds: string[];
  total: number;
}

/**
 * The map view from the in-memory cluster index: no database scan, whatever the number of
 * entries in view. Only for views without a time window or kind filter, which the index does not know.
 */
export async function clusterViewport(bbox: BoundingBox, zoom: number, limit: number, version?: number): Promise<ClusteredView> {
  const index = await clusterIndex(version);
  const box: [number, number, number, number] = [bbox.west, bbox.south, bbox.east, bbox.north];
  const features = index.getClusters(box, Math.floor(zoom));
  const clusters: MapCluster[] = [];
  const singleIds: string[] = [];
  let total = 0;
  for (const feature of features) {
    const [longitude, latitude] = feature.geometry.coordinates as [number, number];
    const properties = feature.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; id?: string };
    if (properties.cluster && properties.cluster_id !== undefined) {
      const count = properties.point_count ?? 0;
      total += count;
      clusters.push({
        id: `cluster:${properties.cluster_id}`,
        latitude,
        longitude,
        count,
        bounds: null,
        expansionZoom: index.getClusterExpansionZoom(properties.cluster_id),
      });
    } else if (properties.id) {
      total += 1;
      singleIds.push(properties.id);
    }
  }
  if (total > limit) return { pointIds: null, clusters, singleIds, total };
  const points = index.getClusters(box, CLUSTER_MAX_ZOOM + 1);
  return {
    pointIds: points.map((p) => (p.properties as { id: string }).id),
    clusters: [],
    singleIds: [],
    total: points.length,
  };
}
