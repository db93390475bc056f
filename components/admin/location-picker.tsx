"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { addOfflineBasemap } from "@/components/map/offline-basemap";

export interface LocationPickerProps {
  latitude: number | null;
  longitude: number | null;
  label: string;
  onPick: (latitude: number, longitude: number) => void;
}

const ROUND = 1e5;

/** Click to place the entry; the marker follows the coordinate fields as they are typed. */
export default function LocationPicker({ latitude, longitude, label, onPick }: LocationPickerProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.CircleMarker | null>(null);
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; the marker effect follows the typed coordinates
  useEffect(() => {
    if (!containerRef.current) return;
    const map = L.map(containerRef.current, { center: [latitude ?? 54, longitude ?? 40], zoom: latitude === null ? 3 : 6, keyboard: true });
    mapRef.current = map;
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    const controller = new AbortController();
    addOfflineBasemap(map, controller.signal).catch(() => undefined);
    const onClick = (event: L.LeafletMouseEvent) => {
      const point = event.latlng.wrap();
      onPickRef.current(Math.round(point.lat * ROUND) / ROUND, Math.round(point.lng * ROUND) / ROUND);
    };
    map.on("click", onClick);
    return () => {
      controller.abort();
      map.off("click", onClick);
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
    // Created once; the marker effect below follows the fields.
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    if (latitude === null || longitude === null || Number.isNaN(latitude) || Number.isNaN(longitude)) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    if (!markerRef.current)
      markerRef.current = L.circleMarker([latitude, longitude], { radius: 8, color: "#7a2e2e", weight: 3 }).addTo(map);
    else markerRef.current.setLatLng([latitude, longitude]);
  }, [latitude, longitude]);

  return <div ref={containerRef} className="location-picker" role="application" aria-label={label} data-testid="location-picker" />;
}
