import { useEffect } from "react";
import { useMap } from "react-leaflet/hooks";
import type { MapCenter } from "@/components/explorer/first-map-view";

/**
 * A view set from outside the map (Back and Forward, a presentation's step): the map moves there
 * when its version changes, flying when `animate` says so and jumping otherwise.
 */
export interface RequestedMapView {
  value: MapCenter;
  version: number;
  /** Fly there (zooming out and back in over a distance) so the audience sees where the view went; the caller leaves it off for reduced motion. */
  animate?: boolean;
}

/** Long enough to follow the map across a country, short enough that a class does not wait on it. */
const FLY_SECONDS = 1.5;

/** Moves the map to each view requested from outside. */
export function RequestedView({ requested }: { requested: RequestedMapView | null }) {
  const map = useMap();
  useEffect(() => {
    if (!requested) return;
    const { latitude, longitude, zoom } = requested.value;
    if (requested.animate) map.flyTo([latitude, longitude], zoom, { duration: FLY_SECONDS });
    else map.setView([latitude, longitude], zoom, { animate: false });
  }, [map, requested]);
  return null;
}
