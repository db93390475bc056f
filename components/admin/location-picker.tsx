"use client";

import type { LatLngTuple, LeafletMouseEvent, PathOptions } from "leaflet";
import "leaflet/dist/leaflet.css";
import { useMemo } from "react";
import { CircleMarker } from "react-leaflet/CircleMarker";
import { useMapEvents } from "react-leaflet/hooks";
import { MapContainer } from "react-leaflet/MapContainer";
import { MapContainerSetup } from "@/components/map/map-container-setup";
import { OfflineBasemapLayer } from "@/components/map/offline-basemap-layer";
import { useLatest } from "@/components/map/use-latest";

export interface LocationPickerProps {
  latitude: number | null;
  longitude: number | null;
  label: string;
  onPick: (latitude: number, longitude: number) => void;
}

const ROUND = 1e5;
const MARKER: PathOptions = { color: "#7a2e2e", weight: 3 };
const DEFAULT_CENTER: LatLngTuple = [54, 40];

/** A click on the map picks its point, rounded to about a metre. */
function PickOnClick({ onPick }: Pick<LocationPickerProps, "onPick">) {
  const pick = useLatest(onPick);
  useMapEvents(
    useMemo(
      () => ({
        click: (event: LeafletMouseEvent) => {
          const point = event.latlng.wrap();
          pick.current(Math.round(point.lat * ROUND) / ROUND, Math.round(point.lng * ROUND) / ROUND);
        },
      }),
      [pick],
    ),
  );
  return null;
}

/** Click to place the entry; the marker follows the coordinate fields as they are typed. */
export default function LocationPicker({ latitude, longitude, label, onPick }: LocationPickerProps) {
  const placed = latitude !== null && longitude !== null && !Number.isNaN(latitude) && !Number.isNaN(longitude);
  // The same array while the point stays, so the marker is moved only when the fields change it.
  const point = useMemo((): LatLngTuple | null => (placed ? [latitude, longitude] : null), [placed, latitude, longitude]);
  return (
    // Only where it opens: a field holding text that is not a number (yet) opens the map on the region.
    <MapContainer className="location-picker" center={point ?? DEFAULT_CENTER} zoom={point ? 6 : 3} keyboard>
      <MapContainerSetup role="application" label={label} testId="location-picker" />
      <OfflineBasemapLayer />
      {point ? <CircleMarker center={point} radius={8} pathOptions={MARKER} /> : null}
      <PickOnClick onPick={onPick} />
    </MapContainer>
  );
}
