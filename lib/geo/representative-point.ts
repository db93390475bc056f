import { flatPolygon, polygonContains } from "@/lib/gazetteer/polygon-set";

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

type Position = [number, number];

/**
 * One point to stand for an area or a line (a memorial complex drawn as a polygon, a wall drawn as a
 * line): inside the largest polygon (its centre of area when that lies inside it, else the middle of
 * the widest stretch of it at that latitude), the middle of the longest line, the mean of several
 * points. Null for a geometry with no positions or with anything but numbers where positions go.
 */
export function representativePoint(geometry: { type?: unknown; coordinates?: unknown }): GeoPoint | null {
  switch (geometry.type) {
    case "Point": {
      const position = positionOf(geometry.coordinates);
      return position && pointAt(position);
    }
    case "MultiPoint": {
      const points = positionsOf(geometry.coordinates);
      if (!points?.length) return null;
      return pointAt([mean(points.map((p) => p[0])), mean(points.map((p) => p[1]))]);
    }
    case "LineString": {
      const line = positionsOf(geometry.coordinates);
      return line?.length ? pointAt(middleOfLine(line)) : null;
    }
    case "MultiLineString": {
      const lines = listOf(geometry.coordinates, positionsOf)?.filter((line) => line.length > 0);
      if (!lines?.length) return null;
      return pointAt(middleOfLine(largest(lines, lineLength)));
    }
    case "Polygon": {
      const rings = listOf(geometry.coordinates, positionsOf)?.filter((ring) => ring.length > 0);
      return rings?.length ? pointAt(insidePolygon(rings)) : null;
    }
    case "MultiPolygon": {
      const polygons = listOf(geometry.coordinates, (polygon) => listOf(polygon, positionsOf))?.filter((rings) => rings[0]?.length);
      if (!polygons?.length) return null;
      return pointAt(insidePolygon(largest(polygons, (rings) => Math.abs(signedArea(rings[0]!)))));
    }
    default:
      return null;
  }
}

function pointAt([longitude, latitude]: Position): GeoPoint {
  return { latitude, longitude };
}

function positionOf(value: unknown): Position | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [x, y] = value as unknown[];
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}

// Each level is checked for being a list before it is read: a hostile file nests lists thousands deep.
function listOf<T>(value: unknown, item: (value: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const items: T[] = [];
  for (const element of value) {
    const read = item(element);
    if (read === null) return null;
    items.push(read);
  }
  return items;
}

function positionsOf(value: unknown): Position[] | null {
  return listOf(value, positionOf);
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function largest<T>(items: T[], size: (item: T) => number): T {
  return items.reduce((best, item) => (size(item) > size(best) ? item : best));
}

function lineLength(line: Position[]): number {
  let length = 0;
  for (let i = 1; i < line.length; i++) length += Math.hypot(line[i]![0] - line[i - 1]![0], line[i]![1] - line[i - 1]![1]);
  return length;
}

/** The point halfway along the line. */
function middleOfLine(line: Position[]): Position {
  let remaining = lineLength(line) / 2;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1]!;
    const [bx, by] = line[i]!;
    const step = Math.hypot(bx - ax, by - ay);
    if (step > 0 && remaining <= step) return [ax + ((bx - ax) * remaining) / step, ay + ((by - ay) * remaining) / step];
    remaining -= step;
  }
  return line[line.length - 1]!;
}

function signedArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i]!;
    const [bx, by] = ring[(i + 1) % ring.length]!;
    area += ax * by - bx * ay;
  }
  return area / 2;
}

/** The outer ring's centre of area if the polygon (holes included) holds it; else the middle of the widest stretch inside at that latitude. */
function insidePolygon(rings: Position[][]): Position {
  const outer = rings[0]!;
  const area = signedArea(outer);
  let centre: Position;
  if (Math.abs(area) < 1e-12) {
    centre = [mean(outer.map((p) => p[0])), mean(outer.map((p) => p[1]))];
  } else {
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < outer.length; i++) {
      const [ax, ay] = outer[i]!;
      const [bx, by] = outer[(i + 1) % outer.length]!;
      const cross = ax * by - bx * ay;
      cx += (ax + bx) * cross;
      cy += (ay + by) * cross;
    }
    centre = [cx / (6 * area), cy / (6 * area)];
  }
  if (polygonContains(flatPolygon(rings), centre[0], centre[1])) return centre;
  return widestStretchAt(rings, centre[1]) ?? outer[0]!;
}

/** Where the rings' edges cross the latitude, in pairs (even-odd, as polygonContains counts), the middle of the widest pair. */
function widestStretchAt(rings: Position[][], latitude: number): Position | null {
  const crossings: number[] = [];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [ax, ay] = ring[i]!;
      const [bx, by] = ring[(i + 1) % ring.length]!;
      if (ay > latitude !== by > latitude) crossings.push(ax + ((latitude - ay) * (bx - ax)) / (by - ay));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: Position | null = null;
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!;
    if (width > widest) {
      widest = width;
      best = [(crossings[i]! + crossings[i + 1]!) / 2, latitude];
    }
  }
  return best;
}
