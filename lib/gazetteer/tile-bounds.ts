/** The highest zoom the map offers (Leaflet's default): tile routes refuse deeper tiles. */
export const MAX_TILE_ZOOM = 18;

export interface TileBounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Longitude and latitude bounds of XYZ tile z/x/y in Web Mercator (as Leaflet and every slippy map number them). */
export function tileBounds(z: number, x: number, y: number): TileBounds {
  const n = 2 ** z;
  const latitude = (row: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * row) / n))) * 180) / Math.PI;
  return { west: (x / n) * 360 - 180, east: ((x + 1) / n) * 360 - 180, north: latitude(y), south: latitude(y + 1) };
}

export function isTile(z: number, x: number, y: number): boolean {
  return Number.isInteger(z) && z >= 0 && z <= MAX_TILE_ZOOM && [x, y].every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** z);
}

/** Whether a point lies in the tile: west and north edges in, east and south out, so each point is in exactly one tile of a zoom. */
export function tileHolds(bounds: TileBounds, latitude: number, longitude: number): boolean {
  return longitude >= bounds.west && longitude < bounds.east && latitude <= bounds.north && latitude > bounds.south;
}

/** The XYZ tile of zoom z that holds a point: [x, y]. */
export function tileContaining(z: number, latitude: number, longitude: number): [number, number] {
  const n = 2 ** z;
  const rad = (latitude * Math.PI) / 180;
  const x = Math.floor(((longitude + 180) / 360) * n);
  const y = Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}
