import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster } from "@/lib/viewport";
import type { MarkerState } from "./marker-icon";

export interface Dot {
  entry: EntrySummary;
  /** Where the dot goes in the map's layer pixels (what `latLngToLayerPoint` gives). */
  x: number;
  y: number;
}

/** What the map drawing (map-drawing.ts) puts on screen at one moment: each of its layers draws its part. */
export interface DrawnFrame {
  /** The entries drawn as DOM markers, by id, with how each looks. */
  markers: Map<string, { entry: EntrySummary; state: MarkerState }>;
  dots: Dot[];
  clusters: MapCluster[];
  selectedId: string | null;
}

/** A layer inside the map drawing: it draws its part of every frame, updating what it has drawn in place. */
export interface DrawingSink {
  drawFrame(frame: DrawnFrame): void;
}

export const isDrawingSink = (layer: object): layer is DrawingSink => "drawFrame" in layer;
