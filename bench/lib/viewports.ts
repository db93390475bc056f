import { mulberry32 } from "../synthetic/generate-collection";

/**
 * The fixed viewports every benchmark part uses, and the API requests the app makes for them.
 */

export const VIEWPORTS = 200;
/** What the explorer asks for (components/explorer/explorer.tsx): MAP_LIMIT and TIMELINE_LIMIT. */
export const APP_LIMIT = 300;

export interface ViewportParams {
  bbox: string;
  from?: string;
  to?: string;
  locale: "en" | "ru";
  /** What the map page asks for: aggregate cells beyond the limit, sized by zoom. */
  aggregate?: "map";
  zoom?: string;
}

/** ~200 fixed viewports: map-sized boxes over Europe and elsewhere, time windows of 5–50 years or none. */
export function makeViewports(): ViewportParams[] {
  const random = mulberry32(20261125);
  const viewports: ViewportParams[] = [];
  // Widths in degrees of longitude for typical zoom levels: city, region, country, subcontinent.
  const widths = [0.6, 1.5, 4, 10, 25, 60];
  for (let i = 0; i < VIEWPORTS; i++) {
    const width = widths[Math.floor(random() * widths.length)]! * (0.8 + random() * 0.4);
    const height = width * 0.55;
    let centerLat: number;
    let centerLon: number;
    const where = random();
    if (where < 0.6) {
      centerLat = 42 + random() * 22; // Europe and European Russia
      centerLon = -5 + random() * 55;
    } else if (where < 0.65) {
      centerLat = -20 + random() * 85; // over the antimeridian
      centerLon = random() < 0.5 ? 178 : -178;
    } else {
      centerLat = -40 + random() * 100;
      centerLon = -180 + random() * 360;
    }
    const south = Math.max(-90, centerLat - height / 2);
    const north = Math.min(90, centerLat + height / 2);
    let west = centerLon - width / 2;
    let east = centerLon + width / 2;
    if (west < -180) west += 360; // crosses the antimeridian: west > east
    if (east > 180) east -= 360;
    const f = (n: number) => n.toFixed(4);
    const viewport: ViewportParams = { bbox: `${f(west)},${f(south)},${f(east)},${f(north)}`, locale: random() < 0.7 ? "en" : "ru" };
    if (random() < 0.8) {
      const span = 5 + Math.floor(random() * 46);
      const start = random() < 0.85 ? 1920 + Math.floor(random() * 80) : 1000 + Math.floor(random() * 900);
      viewport.from = String(start).padStart(4, "0");
      viewport.to = String(start + span).padStart(4, "0");
    }
    if (random() < 0.75) {
      viewport.aggregate = "map";
      viewport.zoom = String(Math.max(0, Math.min(18, Math.round(Math.log2(360 / width) + 2))));
    }
    viewports.push(viewport);
  }
  return viewports;
}

export interface AppRequest {
  /** Which view sends it. */
  view: "map" | "timeline";
  /** Query string exactly as components/explorer/viewport-client.ts builds it (same parameter order). */
  query: string;
}

const YEAR = (year: number) => Date.UTC(year, 0, 1);
/** Same text as lib/dates/edtf-text.ts edtfDayOf for years 0–9999. */
function edtfDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** The explorer's opening window (INITIAL_WINDOW) when a viewport has none. */
const DEFAULT_WINDOW = { start: YEAR(1930), end: YEAR(2030) };

function boxWidth(bbox: string): number {
  const [west, , east] = bbox.split(",").map(Number) as [number, number, number, number];
  return west <= east ? east - west : east + 360 - west;
}

/**
 * For each viewport, the two requests the explorer sends: the map's (bbox, require=coordinates,
 * aggregate=map, zoom, limit=300; no time window, as with "only what happened in the timeline window"
 * off, the default) and the timeline's (its window padded by one width on each side as padWindow does,
 * require=dates, aggregate=timeline, limit=300; no bbox). Interleaved map, timeline, map, …
 */
export function appRequests(viewports: ViewportParams[] = makeViewports()): AppRequest[] {
  const requests: AppRequest[] = [];
  for (const v of viewports) {
    const zoom = v.zoom ?? String(Math.max(0, Math.min(18, Math.round(Math.log2(360 / boxWidth(v.bbox)) + 2))));
    const map = new URLSearchParams({ locale: v.locale });
    map.set("bbox", v.bbox);
    map.set("require", "coordinates");
    map.set("aggregate", "map");
    map.set("zoom", zoom);
    map.set("limit", String(APP_LIMIT));
    requests.push({ view: "map", query: map.toString() });

    const window = v.from !== undefined && v.to !== undefined ? { start: YEAR(Number(v.from)), end: YEAR(Number(v.to)) } : DEFAULT_WINDOW;
    const width = window.end - window.start;
    const timeline = new URLSearchParams({ locale: v.locale });
    timeline.set("from", edtfDay(window.start - width));
    timeline.set("to", edtfDay(window.end + width));
    timeline.set("require", "dates");
    timeline.set("aggregate", "timeline");
    timeline.set("limit", String(APP_LIMIT));
    requests.push({ view: "timeline", query: timeline.toString() });
  }
  return requests;
}

/** Requests measured after this many warm-up requests (the first 20 viewports' map and timeline requests). */
export const APP_WARMUP = 40;
