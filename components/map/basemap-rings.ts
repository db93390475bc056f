import type { FeatureCollection, Geometry, Position } from "geojson";

/** One outline ring in Web Mercator pixels at zoom 0 (the world 256 px wide): x, y pairs, and its box. */
export interface ProjectedRing {
  points: Float64Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PixelBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Web Mercator's limit: beyond it the projection runs to infinity. */
const MAX_LATITUDE = 85.0511287798;
const WORLD = 256;

export function projectPoint(longitude: number, latitude: number): [number, number] {
  const lat = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude)) * Math.PI) / 180;
  const x = ((longitude + 180) / 360) * WORLD;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / (2 * Math.PI)) * WORLD;
  return [x, y];
}

function ringsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return geometry.coordinates;
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
  if (geometry.type === "GeometryCollection") return geometry.geometries.flatMap(ringsOf);
  return [];
}

/** Every polygon ring of the collection, projected once so that drawing a tile only scales and shifts. */
export function projectRings(collection: FeatureCollection | { type: "Feature"; geometry: Geometry | null }): ProjectedRing[] {
  const geometries = collection.type === "FeatureCollection" ? collection.features.map((f) => f.geometry) : [collection.geometry];
  const rings: ProjectedRing[] = [];
  for (const ring of geometries.flatMap(ringsOf)) {
    if (ring.length < 3) continue;
    const points = new Float64Array(ring.length * 2);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    ring.forEach(([longitude, latitude], i) => {
      const [x, y] = projectPoint(longitude!, latitude!);
      points[2 * i] = x;
      points[2 * i + 1] = y;
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    });
    rings.push({ points, minX, minY, maxX, maxY });
  }
  return rings;
}

export function ringsInBox(rings: readonly ProjectedRing[], box: PixelBox): ProjectedRing[] {
  return rings.filter((r) => r.maxX >= box.minX && r.minX <= box.maxX && r.maxY >= box.minY && r.minY <= box.maxY);
}
