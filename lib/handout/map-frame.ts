import type { TileBounds } from "@/lib/gazetteer/tile-bounds";

/** A Web Mercator map (as the explorer draws it) of a lon/lat box, fitted into a width × height drawing. */
export interface MapFrame {
  width: number;
  height: number;
  /** The box the drawing shows, widened to the drawing's proportions. */
  box: TileBounds;
  x: (longitude: number) => number;
  y: (latitude: number) => number;
}

const MAX_LATITUDE = 85;
const mercator = (latitude: number) => {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
  return (Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360)) * 180) / Math.PI;
};
const inverseMercator = (y: number) => (Math.atan(Math.sinh((y * Math.PI) / 180)) * 180) / Math.PI;

export function mapFrame(box: TileBounds, width: number, height: number): MapFrame {
  const [top, bottom] = [mercator(box.north), mercator(box.south)];
  const scale = Math.min(width / (box.east - box.west), height / (top - bottom));
  const [centreX, centreY] = [(box.west + box.east) / 2, (top + bottom) / 2];
  const [halfX, halfY] = [width / scale / 2, height / scale / 2];
  return {
    width,
    height,
    box: { west: centreX - halfX, east: centreX + halfX, north: inverseMercator(centreY + halfY), south: inverseMercator(centreY - halfY) },
    x: (longitude) => (longitude - (centreX - halfX)) * scale,
    y: (latitude) => (centreY + halfY - mercator(latitude)) * scale,
  };
}

/** The whole inhabited world, for a view with no map position and nothing placed. */
export const WORLD_BOX: TileBounds = { west: -170, east: 190, south: -58, north: 78 };

/**
 * The box to draw: the explorer's map position shown at the size of a typical screen's map, else
 * the placed points with a margin (at least a few degrees across, so one point shows its region).
 */
export function handoutBox(
  view: { latitude: number; longitude: number; zoom: number } | null,
  points: { latitude: number; longitude: number }[],
): TileBounds {
  if (view) {
    // A 1024 × 640 px map at this zoom: 256 px per 360° at zoom 0, in Mercator units.
    const degreesPerPixel = 360 / (256 * 2 ** view.zoom);
    const [centreY, halfY] = [mercator(view.latitude), 320 * degreesPerPixel];
    const halfX = Math.min(512 * degreesPerPixel, 180);
    return {
      west: view.longitude - halfX,
      east: view.longitude + halfX,
      north: inverseMercator(Math.min(centreY + halfY, mercator(MAX_LATITUDE))),
      south: inverseMercator(Math.max(centreY - halfY, mercator(-MAX_LATITUDE))),
    };
  }
  if (points.length === 0) return WORLD_BOX;
  const longitudes = points.map((point) => point.longitude);
  const latitudes = points.map((point) => point.latitude);
  const [west, east, south, north] = [Math.min(...longitudes), Math.max(...longitudes), Math.min(...latitudes), Math.max(...latitudes)];
  const marginX = Math.max((east - west) * 0.15, 3);
  const marginY = Math.max((north - south) * 0.15, 2);
  return {
    west: Math.max(west - marginX, -180),
    east: Math.min(east + marginX, 180),
    south: Math.max(south - marginY, -MAX_LATITUDE),
    north: Math.min(north + marginY, MAX_LATITUDE),
  };
}
