import L from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet/hooks";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";

/** Brings a newly selected entry into view (and close enough to see) when it is not already. */
export function FollowSelection({ selected, reducedMotion }: { selected: EntrySummary | null; reducedMotion: boolean }) {
  const map = useMap();
  useEffect(() => {
    if (!selected || selected.latitude === null || selected.longitude === null) return;
    const target = L.latLng(selected.latitude, selected.longitude);
    const zoom = Math.max(map.getZoom(), 6);
    if (map.getBounds().pad(-0.1).contains(target) && map.getZoom() >= zoom) return;
    // Moving every marker is the next frame's work: this one shows the selection in both views first.
    const move = requestAnimationFrame(() => {
      if (reducedMotion) map.setView(target, zoom, { animate: false });
      else map.flyTo(target, zoom, { duration: 0.8 });
    });
    return () => cancelAnimationFrame(move);
  }, [map, selected, reducedMotion]);
  return null;
}
