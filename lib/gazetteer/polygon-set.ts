/**
 * A polygon as flat [lon, lat, lon, lat, …] rings (the first the outer ring, the rest holes), its
 * box, and the box of each run of CHUNK edges of each ring, so a test near one corner of Eurasia
 * (83,000 points) reads only the few runs that lie near the point.
 */
export interface FlatPolygon {
  rings: Float64Array[];
  /** Per ring: [west, south, east, north] of edges k·CHUNK … (k+1)·CHUNK − 1, four numbers per run. */
  chunks: Float64Array[];
  west: number;
  south: number;
  east: number;
  north: number;
}

const CHUNK = 32;
const KM_PER_DEGREE = 111.2;

export function flatPolygon(rings: number[][][]): FlatPolygon {
  const flat = rings.map(unwrappedRing);
  const chunks = flat.map(chunkBoxes);
  const outer = chunks[0]!;
  let [west, south, east, north] = [180, 90, -180, -90];
  for (let k = 0; k < outer.length; k += 4) {
    west = Math.min(west, outer[k]!);
    south = Math.min(south, outer[k + 1]!);
    east = Math.max(east, outer[k + 2]!);
    north = Math.max(north, outer[k + 3]!);
  }
  return { rings: flat, chunks, west, south, east, north };
}

/**
 * A ring that crosses the antimeridian (Chukotka, Fiji) jumps from 180° to -180°: read as it is,
 * that edge would run across the whole world. Each jump is undone, so the ring runs on past 180°
 * (to 191° for Chukotka) and the tests below also try the point 360° east or west.
 */
function unwrappedRing(ring: number[][]): Float64Array {
  const flat = new Float64Array(ring.length * 2);
  let offset = 0;
  ring.forEach(([lon, lat], i) => {
    const previous = i > 0 ? ring[i - 1]![0]! : lon!;
    if (lon! - previous > 180) offset -= 360;
    else if (lon! - previous < -180) offset += 360;
    flat[2 * i] = lon! + offset;
    flat[2 * i + 1] = lat!;
  });
  // A ring around a pole (Antarctica) cannot be unwrapped: it is kept as drawn.
  return offset === 0 ? flat : Float64Array.from(ring.flatMap(([lon, lat]) => [lon!, lat!]));
}

/** The point's longitude and, where the polygon runs past ±180°, its copy on that side. */
function longitudesFor(polygon: FlatPolygon, lon: number): number[] {
  if (polygon.east > 180) return [lon, lon + 360];
  if (polygon.west < -180) return [lon, lon - 360];
  return [lon];
}

/** Boxes of the edges from point k·CHUNK to point (k+1)·CHUNK (edges share their end points, so no edge is left out). */
function chunkBoxes(ring: Float64Array): Float64Array {
  const points = ring.length / 2;
  const count = Math.max(1, Math.ceil((points - 1) / CHUNK));
  const boxes = new Float64Array(count * 4);
  for (let k = 0; k < count; k++) {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let p = k * CHUNK; p <= Math.min((k + 1) * CHUNK, points - 1); p++) {
      west = Math.min(west, ring[2 * p]!);
      east = Math.max(east, ring[2 * p]!);
      south = Math.min(south, ring[2 * p + 1]!);
      north = Math.max(north, ring[2 * p + 1]!);
    }
    boxes.set([west, south, east, north], k * 4);
  }
  return boxes;
}

// The two tests below run over thousands of polygons per call: plain loops, no closures or
// destructuring in them, so they allocate nothing.

/** Even-odd rule over all rings, so holes (lakes, enclaves) are outside. */
export function polygonContains(polygon: FlatPolygon, lon: number, lat: number): boolean {
  return longitudesFor(polygon, lon).some((x) => containsAt(polygon, x, lat));
}

/** Rays run east from the point. */
function containsAt(polygon: FlatPolygon, lon: number, lat: number): boolean {
  if (lon < polygon.west || lon > polygon.east || lat < polygon.south || lat > polygon.north) return false;
  let inside = false;
  for (let r = 0; r < polygon.rings.length; r++) {
    const ring = polygon.rings[r]!;
    const boxes = polygon.chunks[r]!;
    const points = ring.length / 2;
    for (let k = 0; k < boxes.length; k += 4) {
      if (boxes[k + 1]! > lat || boxes[k + 3]! < lat || boxes[k + 2]! < lon) continue;
      const first = (k / 4) * CHUNK;
      const last = Math.min(first + CHUNK, points - 1);
      for (let p = first; p < last; p++) {
        const xi = ring[2 * p]!;
        const yi = ring[2 * p + 1]!;
        const xj = ring[2 * p + 2]!;
        const yj = ring[2 * p + 3]!;
        if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/**
 * Kilometres from the point to the polygon's nearest edge, if that is within `limitKm` (else
 * Infinity). Flat-earth distances around the point: exact enough at a few kilometres.
 */
export function distanceToEdgeKm(polygon: FlatPolygon, lon: number, lat: number, limitKm: number): number {
  return Math.min(...longitudesFor(polygon, lon).map((x) => distanceAt(polygon, x, lat, limitKm)));
}

function distanceAt(polygon: FlatPolygon, lon: number, lat: number, limitKm: number): number {
  const kmPerLon = KM_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 1e-6);
  const marginLat = limitKm / KM_PER_DEGREE;
  const marginLon = limitKm / kmPerLon;
  const [west, south, east, north] = [lon + marginLon, lat + marginLat, lon - marginLon, lat - marginLat];
  if (polygon.west > west || polygon.east < east || polygon.south > south || polygon.north < north) return Infinity;
  let best = limitKm * limitKm;
  for (let r = 0; r < polygon.rings.length; r++) {
    const ring = polygon.rings[r]!;
    const boxes = polygon.chunks[r]!;
    const points = ring.length / 2;
    for (let k = 0; k < boxes.length; k += 4) {
      if (boxes[k]! > west || boxes[k + 2]! < east || boxes[k + 1]! > south || boxes[k + 3]! < north) continue;
      const first = (k / 4) * CHUNK;
      const last = Math.min(first + CHUNK, points - 1);
      for (let p = first; p < last; p++) {
        const ax = (ring[2 * p]! - lon) * kmPerLon;
        const ay = (ring[2 * p + 1]! - lat) * KM_PER_DEGREE;
        const dx = (ring[2 * p + 2]! - lon) * kmPerLon - ax;
        const dy = (ring[2 * p + 3]! - lat) * KM_PER_DEGREE - ay;
        const length = dx * dx + dy * dy;
        const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
        const px = ax + t * dx;
        const py = ay + t * dy;
        if (px * px + py * py < best) best = px * px + py * py;
      }
    }
  }
  const distance = Math.sqrt(best);
  return distance < limitKm ? distance : Infinity;
}
