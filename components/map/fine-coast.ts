import type { FeatureCollection } from "geojson";
import type L from "leaflet";
import { type ProjectedRing, projectRings } from "./basemap-rings";

/**
 * One tile's Natural Earth 1:10m outlines, cut to the tile on the server (/basemap/coast/…).
 * Loaded only once a map is zoomed in that far, so the page's first load does not carry it.
 */
export function loadFineRings(coords: L.Coords, signal: AbortSignal): Promise<ProjectedRing[]> {
  return fetch(`/basemap/coast/${coords.z}/${coords.x}/${coords.y}.json`, { signal })
    .then((response) => {
      if (!response.ok) throw new Error(`The coast tile answered ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    })
    .then(projectRings);
}
