import { createElementObject, createTileLayerComponent, type LayerProps } from "@react-leaflet/core";
import { OutlineTiles } from "./outline-tiles";

/** The offline basemap (outline-tiles.ts): it takes nothing from React, so it is never updated. */
export const OfflineBasemapLayer = createTileLayerComponent<OutlineTiles, LayerProps>(function createOfflineBasemap(_props, context) {
  return createElementObject(new OutlineTiles(), context);
});
