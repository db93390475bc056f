import { useEffect } from "react";
import { useMap } from "react-leaflet/hooks";
import type { MapCenter } from "@/components/explorer/first-map-view";

/** A view set from outside the map (Back and Forward): the map moves there when its version changes. */
export interface RequestedMapView {
  value: MapCenter;
  version: number;
}

/** Moves the map, without animation, to each view requested from outside. */
export function RequestedView({ requested }: { requested: RequestedMapView | null }) {
  const map = useMap();
  useEffect(() => {
    if (!requested) return;
    const { latitude, longitude, zoom } = requested.value;
    map.setView([latitude, longitude], zoom, { animate: false });
  }, [map, requested]);
  return null;
}
