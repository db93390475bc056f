import simplify from "simplify-js";
import { type BasemapScale, basemapShapes } from "@/lib/gazetteer/basemap-shapes";
import { clipRing } from "@/lib/gazetteer/clip-ring";
import type { MapFrame } from "./map-frame";

/**
 * How far (in drawing units; the drawing is 1000 wide, so one is about 0.2 mm on A4) a simplified outline may
 * stray from the real one: less than a printed line's width.
 */
const TOLERANCE = 1;
/** Islands and lakes smaller than this across (drawing units) would print as a speck. */
const SMALLEST = 1.5;

/**
 * The offline basemap's country outlines (Natural Earth, 1:10m as the map's fine coastline where the
 * frame is a region) in the frame, as one SVG path per country: cut to the frame with a margin, projected,
 * and simplified (Douglas–Peucker, simplify-js) to what the drawing's resolution shows, so a handout's
 * map stays small at any scale (the page carries it twice: in its HTML and in React's payload).
 */
export function basemapPaths(frame: MapFrame): string[] {
  const { box } = frame;
  const shapes = basemapShapes(scaleFor(box.east - box.west));
  const [marginX, marginY] = [(box.east - box.west) / 20, (box.north - box.south) / 20];
  const cut = { west: box.west - marginX, east: box.east + marginX, south: box.south - marginY, north: box.north + marginY };
  const byCountry = new Map<string, string[]>();
  for (const shape of shapes.countries) {
    for (const shift of [0, -360, 360]) {
      if (shape.east + shift < cut.west || shape.west + shift > cut.east || shape.south > cut.north || shape.north < cut.south) continue;
      for (const ring of shape.rings) {
        const path = ringPath(clipRing(ring, shift, cut), frame);
        if (path) byCountry.set(shape.country ?? shape.names.en, [...(byCountry.get(shape.country ?? shape.names.en) ?? []), path]);
        else if (ring === shape.rings[0]) break;
      }
    }
  }
  return [...byCountry.values()].map((parts) => parts.join(""));
}

/**
 * The coarsest Natural Earth scale that still draws finer than the drawing's resolution: on a
 * thousand units across, 1:110m holds for the world, 1:50m for a continent, 1:10m for a region.
 */
function scaleFor(degreesAcross: number): BasemapScale {
  if (degreesAcross > 120) return "110m";
  if (degreesAcross > 25) return "50m";
  return "10m";
}

function ringPath(points: number[], frame: MapFrame): string | null {
  const projected: { x: number; y: number }[] = [];
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < points.length; i += 2) {
    const [x, y] = [frame.x(points[i]!), frame.y(points[i + 1]!)];
    projected.push({ x, y });
    [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
  }
  if (maxX - minX < SMALLEST && maxY - minY < SMALLEST) return null;
  const kept = simplify(projected, TOLERANCE, false);
  return kept.length < 3 ? null : relativePath(kept);
}

/** "M x y l dx dy …Z" in tenths, each step from the last rounded point so that rounding never drifts: about half the text of absolute points. */
function relativePath(points: { x: number; y: number }[]): string {
  const tenths = points.map(({ x, y }) => [Math.round(x * 10), Math.round(y * 10)] as const);
  const number = (n: number) => (n / 10).toString();
  const [first, ...rest] = tenths;
  let [lastX, lastY] = first!;
  const steps = rest.map(([x, y]) => {
    const step = `${number(x - lastX)} ${number(y - lastY)}`;
    [lastX, lastY] = [x, y];
    return step;
  });
  return `M${number(first![0])} ${number(first![1])}l${steps.join(" ")}Z`;
}
