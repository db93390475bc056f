import type { TileBounds } from "./tile-bounds";

/**
 * One polygon ring (flat [lon, lat, …], shifted by `shift` degrees of longitude) cut to a box
 * (Sutherland–Hodgman, one box edge at a time). Where a ring leaves and re-enters the box the cut
 * runs along the box's edge: harmless for a fill, and the tile routes cut to a box larger than the
 * tile, so those edges fall outside what is drawn.
 */
export function clipRing(ring: Float64Array, shift: number, box: TileBounds): number[] {
  let points: number[] = [];
  for (let i = 0; i < ring.length; i += 2) points.push(ring[i]! + shift, ring[i + 1]!);
  points = clipEdge(points, 0, box.west, true);
  points = clipEdge(points, 0, box.east, false);
  points = clipEdge(points, 1, box.south, true);
  points = clipEdge(points, 1, box.north, false);
  return points;
}

/** Keeps the part of the ring where coordinate `axis` is ≥ limit (`keepAbove`) or ≤ limit. */
function clipEdge(points: number[], axis: 0 | 1, limit: number, keepAbove: boolean): number[] {
  const out: number[] = [];
  const count = points.length / 2;
  const inside = (i: number) => (keepAbove ? points[2 * i + axis]! >= limit : points[2 * i + axis]! <= limit);
  for (let i = 0; i < count; i++) {
    const j = (i + count - 1) % count;
    const [currentIn, previousIn] = [inside(i), inside(j)];
    if (currentIn !== previousIn) {
      const t = (limit - points[2 * j + axis]!) / (points[2 * i + axis]! - points[2 * j + axis]!);
      out.push(points[2 * j]! + t * (points[2 * i]! - points[2 * j]!), points[2 * j + 1]! + t * (points[2 * i + 1]! - points[2 * j + 1]!));
    }
    if (currentIn) out.push(points[2 * i]!, points[2 * i + 1]!);
  }
  return out;
}
