import L, { type FitBoundsOptions } from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet/hooks";

export interface FramedPoint {
  latitude: number;
  longitude: number;
}

/**
 * Keeps every framed point in view: fits them when they change (a monument added to a comparison)
 * and when the map's size changes (the page settling around it), until the visitor moves the map.
 * The padding leaves room for the markers fanned out around a shared point.
 */
export function FitFrame({ frame, options }: { frame: readonly FramedPoint[]; options: FitBoundsOptions }) {
  const map = useMap();
  useEffect(() => {
    if (frame.length === 0) return;
    const bounds = L.latLngBounds(frame.map((p): L.LatLngTuple => [p.latitude, p.longitude]));
    let fitting = false;
    let movedByVisitor = false;
    const fitFrame = () => {
      if (movedByVisitor) return;
      fitting = true;
      map.fitBounds(bounds, { ...options, animate: false });
      fitting = false;
    };
    const onMoveStart = () => {
      if (!fitting) movedByVisitor = true;
    };
    fitFrame();
    map.on("movestart", onMoveStart);
    map.on("resize", fitFrame);
    return () => {
      map.off("movestart", onMoveStart);
      map.off("resize", fitFrame);
    };
  }, [map, frame, options]);
  return null;
}
