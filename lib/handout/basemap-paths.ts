import { basemapShapes } from "@/lib/gazetteer/basemap-shapes";
import { clipRing } from "@/lib/gazetteer/clip-ring";
import type { MapFrame } from "./map-frame";

/** Points closer than this (in drawing units) to the last one kept add nothing a printer can show. */
const MIN_STEP = 0.8;

/**
 * The offline basemap's country outlines (Natural Earth 1:10m, the same shapes as the map's fine
 * coastline) in the frame, as one SVG path per country: cut to the frame with a margin, projected,
 * and thinned to what the drawing's resolution shows, so a handout's map is a few dozen kilobytes.
 */
export function basemapPaths(frame: MapFrame): string[] {
  const { box } = frame;
  const [marginX, marginY] = [(box.east - box.west) / 20, (box.north - box.south) / 20];
  const cut = { west: box.west - marginX, east: box.east + marginX, south: box.south - marginY, north: box.north + marginY };
  const byCountry = new Map<string, string[]>();
  for (const shape of basemapShapes().countries) {
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

function ringPath(points: number[], frame: MapFrame): string | null {
  const kept: string[] = [];
  let [lastX, lastY] = [Number.NaN, Number.NaN];
  for (let i = 0; i < points.length; i += 2) {
    const [x, y] = [frame.x(points[i]!), frame.y(points[i + 1]!)];
    if (Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) continue;
    kept.push(`${x.toFixed(1)} ${y.toFixed(1)}`);
    [lastX, lastY] = [x, y];
  }
  return kept.length < 3 ? null : `M${kept.join("L")}Z`;
}
