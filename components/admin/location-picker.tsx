"use client";

import type { LatLngTuple, LeafletMouseEvent, PathOptions } from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo, useState } from "react";
import { CircleMarker } from "react-leaflet/CircleMarker";
import { useMap, useMapEvents } from "react-leaflet/hooks";
import { MapContainer } from "react-leaflet/MapContainer";
import { MapContainerSetup } from "@/components/map/map-container-setup";
import { OfflineBasemapLayer } from "@/components/map/offline-basemap-layer";
import { PlaceNames } from "@/components/map/place-names";
import { useLatest } from "@/components/map/use-latest";
import { PlaceSearch } from "@/components/places/place-search";
import { PointWarnings } from "@/components/places/point-warnings";

export interface LocationPickerProps {
  latitude: number | null;
  longitude: number | null;
  /** The entry's stated country as typed: checked against the point once it is a two-letter code. */
  country: string;
  label: string;
  onPick: (latitude: number, longitude: number) => void;
}

const ROUND = 1e5;
const MARKER: PathOptions = { color: "#7a2e2e", weight: 3 };
const DEFAULT_CENTER: LatLngTuple = [54, 40];
/** A place found by name is shown at least this close: a town fills the map, ready for a click to refine the point. */
const PLACE_ZOOM = 12;

const round = (value: number) => Math.round(value * ROUND) / ROUND;

/** A click on the map picks its point, rounded to about a metre. */
function PickOnClick({ onPick }: Pick<LocationPickerProps, "onPick">) {
  const pick = useLatest(onPick);
  useMapEvents(
    useMemo(
      () => ({
        click: (event: LeafletMouseEvent) => {
          const point = event.latlng.wrap();
          pick.current(round(point.lat), round(point.lng));
        },
      }),
      [pick],
    ),
  );
  return null;
}

/** Centres the map on each place chosen in the search. */
function CentreOnPlace({ place }: { place: LatLngTuple | null }) {
  const map = useMap();
  useEffect(() => {
    if (place) map.setView(place, Math.max(map.getZoom(), PLACE_ZOOM), { animate: false });
  }, [map, place]);
  return null;
}

/**
 * Find a place by name or click the map to place the entry; the marker follows the coordinate fields
 * as they are typed, and the point is checked against the basemap and the stated country.
 */
export default function LocationPicker({ latitude, longitude, country, label, onPick }: LocationPickerProps) {
  const placed = latitude !== null && longitude !== null && !Number.isNaN(latitude) && !Number.isNaN(longitude);
  // The same array while the point stays, so the marker is moved only when the fields change it.
  const point = useMemo((): LatLngTuple | null => (placed ? [latitude, longitude] : null), [placed, latitude, longitude]);
  const [found, setFound] = useState<LatLngTuple | null>(null);
  const countryCode = /^[A-Za-z]{2}$/.test(country.trim()) ? country.trim().toUpperCase() : null;
  return (
    <div className="location-picker-group">
      <PlaceSearch
        country={countryCode}
        onPick={(lat, lng) => {
          setFound([lat, lng]);
          onPick(round(lat), round(lng));
        }}
      />
      {/* Only where it opens: a field holding text that is not a number (yet) opens the map on the region. */}
      <MapContainer className="location-picker" center={point ?? DEFAULT_CENTER} zoom={point ? 6 : 3} keyboard>
        <MapContainerSetup role="application" label={label} testId="location-picker" />
        <OfflineBasemapLayer />
        <PlaceNames />
        {point ? <CircleMarker center={point} radius={8} pathOptions={MARKER} /> : null}
        <PickOnClick onPick={onPick} />
        <CentreOnPlace place={found} />
      </MapContainer>
      <PointWarnings latitude={placed ? latitude : null} longitude={placed ? longitude : null} country={countryCode} />
    </div>
  );
}
