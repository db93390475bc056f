import { basemapShapes } from "./basemap-shapes";
import { clipRing } from "./clip-ring";
import { tileBounds } from "./tile-bounds";

/** Fine outlines are for zooms where the 1:50m outline the browser already has looks coarse. */
export const COAST_MIN_ZOOM = 6;
/** Bumped whenever the tiles' content or format changes: part of their ETag. */
export const COAST_TILES_VERSION = 1;

// The box each tile is cut to reaches this share of a tile beyond every edge, so the cut's own edges
// (and a stroke's width) stay outside the 256 px drawn; points snap to this share of a tile.
const BUFFER = 1 / 16;
const GRID = 1 / 1024;

/**
 * Natural Earth 1:10m country polygons cut to one map tile, as GeoJSON (lon/lat): each feature is
 * one country's part of the tile, with its ISO code, for a fill (land) and strokes (borders).
 * Coordinates snap to a 1/1024-of-a-tile grid, so a tile carries only the detail it can show.
 */
export function coastTile(z: number, x: number, y: number): GeoJSON.FeatureCollection<GeoJSON.MultiPolygon, { country: string | null }> {
  const tile = tileBounds(z, x, y);
  const [width, height] = [tile.east - tile.west, tile.north - tile.south];
  const box = {
    west: tile.west - width * BUFFER,
    east: tile.east + width * BUFFER,
    south: tile.south - height * BUFFER,
    north: tile.north + height * BUFFER,
  };
  const snap = (value: number, step: number) => Math.round(Math.round(value / step) * step * 1e6) / 1e6;
  const byCountry = new Map<string | null, GeoJSON.Position[][][]>();
  for (const shape of basemapShapes().countries) {
    for (const shift of [0, -360, 360]) {
      if (shape.east + shift < box.west || shape.west + shift > box.east || shape.south > box.north || shape.north < box.south) continue;
      const rings: GeoJSON.Position[][] = [];
      for (const ring of shape.rings) {
        const clipped = clipRing(ring, shift, box);
        const positions: GeoJSON.Position[] = [];
        for (let i = 0; i < clipped.length; i += 2) {
          const point = [snap(clipped[i]!, width * GRID), snap(clipped[i + 1]!, height * GRID)];
          const last = positions[positions.length - 1];
          if (!last || last[0] !== point[0] || last[1] !== point[1]) positions.push(point);
        }
        if (positions.length < 3) {
          // Without its outer ring a polygon is not in the box (its holes cannot stand alone).
          if (ring === shape.rings[0]) break;
          continue;
        }
        positions.push(positions[0]!);
        rings.push(positions);
      }
      if (rings.length === 0) continue;
      const parts = byCountry.get(shape.country) ?? [];
      parts.push(rings);
      byCountry.set(shape.country, parts);
    }
  }
  return {
    type: "FeatureCollection",
    features: [...byCountry].map(([country, coordinates]) => ({
      type: "Feature",
      properties: { country },
      geometry: { type: "MultiPolygon", coordinates },
    })),
  };
}
