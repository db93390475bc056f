import type { FeatureCollection } from "geojson";
import type L from "leaflet";
import { type ProjectedRing, projectRings } from "./basemap-rings";

/**
 * One tile's Natural Earth 1:10m outlines, cut to the tile on the server (/basemap/coast/…), asked
 * for only once a map is zoomed in that far. This code is part of the map's own: a chunk of its own
 * would cost a zoomed-in map a round trip before its first coast tile could even be asked for.
 */
export function loadFineRings(coords: L.Coords, signal: AbortSignal): Promise<ProjectedRing[]> {
  return fetch(`/basemap/coast/${coords.z}/${coords.x}/${coords.y}.json`, { signal })
    .then((response) => {
      if (!response.ok) throw new Error(`The coast tile answered ${response.status}`);
      return response.json() as Promise<FeatureCollection>;
    })
    .then(projectRings);
}
