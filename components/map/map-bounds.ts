import type { MapBounds } from "@/components/explorer/types";

export function wrapLongitude(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** Leaflet's bounds run past ±180° when the world repeats; the API wants a box in [-180, 180] (west > east when it crosses the antimeridian). */
export function normaliseBox(westEdge: number, southEdge: number, eastEdge: number, northEdge: number): MapBounds {
  const south = Math.max(-90, southEdge);
  const north = Math.min(90, northEdge);
  if (eastEdge - westEdge >= 360) return { west: -180, south, east: 180, north };
  const west = wrapLongitude(westEdge);
  const east = wrapLongitude(eastEdge);
  return { west, south, east: east === -180 ? 180 : east, north };
}

export function containsPoint(bounds: MapBounds, latitude: number, longitude: number): boolean {
  if (latitude < bounds.south || latitude > bounds.north) return false;
  return bounds.west <= bounds.east
    ? longitude >= bounds.west && longitude <= bounds.east
    : longitude >= bounds.west || longitude <= bounds.east;
}

/** Widen a box by `ratio` of its size on every side, so small pans need no new request. */
export function padBounds(bounds: MapBounds, ratio: number): MapBounds {
  const east = bounds.west <= bounds.east ? bounds.east : bounds.east + 360;
  const width = east - bounds.west;
  const height = bounds.north - bounds.south;
  const south = Math.max(-90, bounds.south - height * ratio);
  const north = Math.min(90, bounds.north + height * ratio);
  const paddedWidth = width * (1 + 2 * ratio);
  if (paddedWidth >= 360) return { west: -180, south, east: 180, north };
  const west = wrapLongitude(bounds.west - width * ratio);
  const paddedEast = wrapLongitude(east + width * ratio);
  return { west, south, east: paddedEast === -180 ? 180 : paddedEast, north };
}
