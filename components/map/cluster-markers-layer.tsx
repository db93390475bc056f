import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import { ClusterMarkers } from "./cluster-markers";

export interface ClusterMarkersProps extends LayerProps {
  /** The accessible name of a cluster of `count` entries. */
  label: (count: number) => string;
  reducedMotion: boolean;
}

/** The cluster markers, inside an EntryDrawingLayer, which tells them what to draw. */
export const ClusterMarkersLayer = createLayerComponent<ClusterMarkers, ClusterMarkersProps>(
  function createClusterMarkers({ label, reducedMotion }, context) {
    return createElementObject(new ClusterMarkers({ label, reducedMotion }), context);
  },
  function updateClusterMarkers(clusters, { label, reducedMotion }, prevProps) {
    if (label !== prevProps.label || reducedMotion !== prevProps.reducedMotion) clusters.setSettings({ label, reducedMotion });
  },
);
