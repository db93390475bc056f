import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import { LeaderLines } from "./leader-lines";

/** The lines from spread-out markers to their true points, inside an EntryDrawingLayer, which tells them what to draw. */
export const LeaderLinesLayer = createLayerComponent<LeaderLines, LayerProps>(function createLeaderLines(_props, context) {
  return createElementObject(new LeaderLines(), context);
});
