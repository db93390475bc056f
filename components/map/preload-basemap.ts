import { preload } from "react-dom";
import type { MapCenter } from "@/components/explorer/first-map-view";
import { coastTileFiles, type ScreenArea, WORLD_OUTLINE_FILE } from "@/lib/offline/basemap-files";

/**
 * The middle of a map's first view: the tiles Leaflet asks for first (it starts from the centre), few
 * enough that they do not hold up the page's own scripts.
 */
const FIRST_TILES: ScreenArea = { width: 256, height: 256 };

/**
 * Names, in the head of a page whose map opens on `view`, the basemap outlines (outline-tiles.ts) it
 * draws first, so that they come with the page's scripts instead of a round trip after the map is made.
 * For server components; the map's own fetch then takes what the preload brought.
 */
export function preloadBasemap(view: MapCenter): void {
  const files = coastTileFiles(view, FIRST_TILES);
  for (const file of files.length ? files : [WORLD_OUTLINE_FILE]) preload(file, { as: "fetch", crossOrigin: "anonymous" });
}
