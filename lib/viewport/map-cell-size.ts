import type { BoundingBox } from "@/lib/validation/viewport";

/** Marker cells of about 60 px at 256 px tiles. */
export function cellDegreesForZoom(zoom: number): number {
  return (360 * 60) / (256 * 2 ** zoom);
}

/** Without a zoom, a sixteenth of the box's width (or of the world's). */
function cellDegreesForBox(bbox: BoundingBox | undefined): number {
  if (!bbox) return 360 / 16;
  const width = bbox.west <= bbox.east ? bbox.east - bbox.west : bbox.east + 360 - bbox.west;
  return Math.max(width / 16, 1e-4);
}

/** The side of the grid cells a map view is counted in, in degrees, the same in memory and in the database. */
export function mapCellDegrees(query: { zoom?: number; bbox?: BoundingBox }): number {
  return query.zoom !== undefined ? cellDegreesForZoom(query.zoom) : cellDegreesForBox(query.bbox);
}
