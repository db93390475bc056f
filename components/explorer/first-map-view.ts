import { normaliseBox, wrapLongitude } from "@/components/map/map-bounds";
import type { MapView } from "./types";

export interface MapCenter {
  latitude: number;
  longitude: number;
  zoom: number;
}

/** Where the map opens when the address names no view: Europe and Central Asia. */
export const DEFAULT_MAP_CENTER: MapCenter = { latitude: 54, longitude: 40, zoom: 4 };

/** The map's own limits (memorial-map.tsx): it opens at a whole zoom level, never below 2. */
const MIN_ZOOM = 2;

// Leaflet's EPSG:3857 (spherical Mercator on 256 px tiles), the map's projection.
const EARTH_RADIUS = 6378137;
const MAX_LATITUDE = 85.0511287798;
const RADIANS = Math.PI / 180;
const SCALE = 0.5 / (Math.PI * EARTH_RADIUS);

function project(latitude: number, longitude: number, zoom: number): { x: number; y: number } {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * RADIANS);
  const x = EARTH_RADIUS * longitude * RADIANS;
  const y = (EARTH_RADIUS * Math.log((1 + sin) / (1 - sin))) / 2;
  return { x: size * (SCALE * x + 0.5), y: size * (-SCALE * y + 0.5) };
}

function unproject(x: number, y: number, zoom: number): { latitude: number; longitude: number } {
  const size = 256 * 2 ** zoom;
  const mercatorX = (x / size - 0.5) / SCALE;
  const mercatorY = (y / size - 0.5) / -SCALE;
  return {
    latitude: (2 * Math.atan(Math.exp(mercatorY / EARTH_RADIUS)) - Math.PI / 2) / RADIANS,
    longitude: mercatorX / RADIANS / EARTH_RADIUS,
  };
}

/**
 * The view the map will report once Leaflet has loaded and opened at `center` in a container of
 * `width` × `height` pixels, worked out without Leaflet (the same numbers as map-view-at.ts), so
 * the first map request can start at hydration instead of after the map's chunk has arrived.
 */
export function firstMapView(center: MapCenter, width: number, height: number): MapView {
  const zoom = Math.max(MIN_ZOOM, Math.round(center.zoom));
  const middle = project(center.latitude, center.longitude, zoom);
  const southWest = unproject(middle.x - width / 2, middle.y + height / 2, zoom);
  const northEast = unproject(middle.x + width / 2, middle.y - height / 2, zoom);
  const longitude = center.longitude === 180 ? 180 : wrapLongitude(center.longitude);
  return {
    bounds: normaliseBox(southWest.longitude, southWest.latitude, northEast.longitude, northEast.latitude),
    center: { latitude: center.latitude, longitude },
    zoom,
  };
}
