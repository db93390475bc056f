import type { EntrySummary } from "@/lib/data/entries/entry-summary";

/** Many entries near one point on the map, drawn as one marker with a count. */
export interface MapCluster {
  id: string;
  latitude: number;
  longitude: number;
  count: number;
  /** The box of its entries, to zoom to: [west, south, east, north], when known. */
  bounds: [number, number, number, number] | null;
  /** Otherwise the zoom at which it splits up. */
  expansionZoom: number | null;
}

/** Many entries in one span of the timeline, drawn as one bar with a count. */
export interface TimeBucket {
  id: string;
  start: number;
  end: number;
  count: number;
}

interface ResultBase {
  /** How many published entries match the whole query. */
  total: number;
}

export type ViewportResult =
  | (ResultBase & { mode: "entries"; entries: EntrySummary[]; truncated: boolean })
  | (ResultBase & { mode: "clusters"; clusters: MapCluster[]; entries: EntrySummary[] })
  | (ResultBase & { mode: "buckets"; buckets: TimeBucket[] });
