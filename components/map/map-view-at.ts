import L from "leaflet";
import type { MapView } from "@/components/explorer/types";
import { normaliseBounds } from "./map-bounds";

/**
 * The view the map shows (or will show, at the end of an animation) centred on `center` at `zoom`.
 * One computation for both, so a predicted view and the view it lands on ask for the same URL.
 */
export function viewAt(map: L.Map, center: L.LatLng, zoom: number): MapView {
  const middle = map.project(center, zoom);
  const half = map.getSize().divideBy(2);
  const southWest = map.unproject(middle.add(L.point(-half.x, half.y)), zoom);
  const northEast = map.unproject(middle.add(L.point(half.x, -half.y)), zoom);
  const wrapped = center.wrap();
  return {
    bounds: normaliseBounds(L.latLngBounds(southWest, northEast)),
    center: { latitude: wrapped.lat, longitude: wrapped.lng },
    zoom,
  };
}
