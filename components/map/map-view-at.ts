import type L from "leaflet";
import { firstMapView } from "@/components/explorer/first-map-view";
import type { MapView } from "@/components/explorer/types";

/**
 * The view the map shows (or will show, at the end of an animation) centred on `center` at `zoom`:
 * worked out as the first request's view is (first-map-view.ts), so a predicted view, the view it
 * lands on and the view the page opened with all ask for the same URL.
 */
export function viewAt(map: L.Map, center: L.LatLng, zoom: number): MapView {
  const size = map.getSize();
  return firstMapView({ latitude: center.lat, longitude: center.lng, zoom }, size.x, size.y);
}
