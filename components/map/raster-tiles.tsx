import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { useMap } from "react-leaflet/hooks";
import { TileLayer } from "react-leaflet/TileLayer";
import type { TileConfig } from "@/components/explorer/types";

/** After this many failed tiles the tile layer is dropped and the offline basemap shows alone. */
const TILE_ERRORS_BEFORE_FALLBACK = 4;

/**
 * The optional raster tiles (MAP_TILE_URL) over the offline basemap, dropped when they keep failing.
 * The container's data-tiles says which: "on", "failed" or "off" (none configured).
 */
export function RasterTiles({ tiles }: { tiles: TileConfig | null }) {
  const map = useMap();
  const [failed, setFailed] = useState(false);
  const failures = useRef(0);
  const eventHandlers = useMemo(
    () => ({
      tileerror: () => {
        failures.current += 1;
        if (failures.current >= TILE_ERRORS_BEFORE_FALLBACK) setFailed(true);
      },
    }),
    [],
  );
  useLayoutEffect(() => {
    map.getContainer().dataset.tiles = tiles ? (failed ? "failed" : "on") : "off";
  }, [map, tiles, failed]);
  return tiles && !failed ? <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={18} eventHandlers={eventHandlers} /> : null;
}
