import type L from "leaflet";
import { useEffect, useMemo } from "react";
import { useMap, useMapEvents } from "react-leaflet/hooks";
import type { MapView } from "@/components/explorer/types";
import { viewAt } from "./map-view-at";
import { useLatest } from "./use-latest";

/** Tells the page which view the map shows: when it opens, after every move, and as a zoom animation starts. */
export function ReportView({ onViewChange }: { onViewChange: (view: MapView) => void }) {
  const map = useMap();
  const report = useLatest(onViewChange);
  useMapEvents(
    useMemo(
      () => ({
        moveend: () => report.current(viewAt(map, map.getCenter(), map.getZoom())),
        // The animation's target is known when it starts: ask for its data then, not 250 ms later.
        zoomanim: (event: L.ZoomAnimEvent) => report.current(viewAt(map, event.center, event.zoom)),
      }),
      [map, report],
    ),
  );
  useEffect(() => report.current(viewAt(map, map.getCenter(), map.getZoom())), [map, report]);
  return null;
}
