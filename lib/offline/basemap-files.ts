import { MAX_TILE_ZOOM } from "@/lib/gazetteer/tile-bounds";

export interface ViewToSave {
  latitude: number;
  longitude: number;
  zoom: number;
}

/** A part of the screen around a map's centre, in pixels. */
export interface ScreenArea {
  width: number;
  height: number;
}

const TILE_SIZE = 256;
/** The coast is drawn from the server's 1:10m tiles from this zoom (components/map/outline-tiles.ts). */
const FINE_COAST_FROM_ZOOM = 6;
/**
 * The area kept around each step's centre, in screen pixels: more than the presentation's map takes
 * in full screen on a 2560×1440 screen (62% of the width, two thirds of the height), so any projector
 * shows it whole.
 */
const SAVED_AREA: ScreenArea = { width: 1600, height: 1000 };

/** The world's outline, which the map draws below FINE_COAST_FROM_ZOOM and wherever a coast tile fails. */
export const WORLD_OUTLINE_FILE = "/basemap/countries-50m.json";

/** The basemap files every saved view needs whatever its zoom: the world outline and the sea names. */
export const BASEMAP_FILES = [WORLD_OUTLINE_FILE, "/basemap/places/seas.json"] as const;

/** Web Mercator world pixel of a point at zoom z (what Leaflet's map.project gives). */
function worldPixel(latitude: number, longitude: number, z: number): { x: number; y: number } {
  const size = TILE_SIZE * 2 ** z;
  const sine = Math.min(Math.max(Math.sin((latitude * Math.PI) / 180), -0.9999), 0.9999);
  return {
    x: ((longitude + 180) / 360) * size,
    y: (0.5 - Math.log((1 + sine) / (1 - sine)) / (4 * Math.PI)) * size,
  };
}

/**
 * The tiles of zoom z around a view's centre (the saved area unless told), columns wrapped round the
 * world, rows cut to it.
 */
export function tilesAround(view: ViewToSave, z: number, area: ScreenArea = SAVED_AREA): { z: number; x: number; y: number }[] {
  const n = 2 ** z;
  const scale = 2 ** (z - Math.round(view.zoom));
  const centre = worldPixel(view.latitude, view.longitude, z);
  const halfWidth = (area.width / 2) * scale;
  const halfHeight = (area.height / 2) * scale;
  const top = Math.max(0, Math.floor((centre.y - halfHeight) / TILE_SIZE));
  const bottom = Math.min(n - 1, Math.floor((centre.y + halfHeight) / TILE_SIZE));
  const first = Math.floor((centre.x - halfWidth) / TILE_SIZE);
  const last = Math.floor((centre.x + halfWidth) / TILE_SIZE);
  const columns = new Set<number>();
  for (let column = first; column <= last && columns.size < n; column++) columns.add(((column % n) + n) % n);
  const tiles: { z: number; x: number; y: number }[] = [];
  for (const x of columns) for (let y = top; y <= bottom; y++) tiles.push({ z, x, y });
  return tiles;
}

/**
 * The basemap addresses a map showing `view` asks for: its place-name tiles and, from the zoom where
 * the map draws the fine coast, its coast tiles (components/map/place-labels.ts, outline-tiles.ts).
 */
export function basemapFilesForView(view: ViewToSave): string[] {
  const zoom = Math.round(view.zoom);
  const labelZoom = Math.min(zoom, MAX_TILE_ZOOM);
  const files = tilesAround(view, labelZoom).map(({ z, x, y }) => `/basemap/places/${z}/${x}/${y}.json`);
  files.push(...coastTileFiles(view));
  return files;
}

/** The coast tiles a map showing `view` draws in `area` around its centre; none below the zoom where it draws them. */
export function coastTileFiles(view: ViewToSave, area: ScreenArea = SAVED_AREA): string[] {
  const zoom = Math.round(view.zoom);
  if (zoom < FINE_COAST_FROM_ZOOM) return [];
  return tilesAround(view, zoom, area).map(({ z, x, y }) => `/basemap/coast/${z}/${x}/${y}.json`);
}
