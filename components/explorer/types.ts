export interface TimeWindow {
  start: number;
  end: number;
}

export interface MapBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MapView {
  bounds: MapBounds;
  center: { latitude: number; longitude: number };
  zoom: number;
}

export interface TileConfig {
  url: string;
  attribution: string;
}

import type { EntrySummary } from "@/lib/data/entries/entry-summary";

/** A related entry drawn from the selected one on the map, with its marker even when outside the loaded area. */
export interface MapLink {
  entry: EntrySummary & { latitude: number; longitude: number };
}
