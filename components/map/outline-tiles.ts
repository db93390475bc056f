import L from "leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type ProjectedRing, projectRings, ringsInBox } from "./basemap-rings";
import { loadFineRings } from "./fine-coast";

const TILE_SIZE = 256;
const LAND = "#f4f1ea";
const BORDER = "#8a8f98";
/** Below the raster tiles (tile pane, 200), which cover the outlines when they load. */
const PANE = "basemap";
const PANE_Z_INDEX = "150";

/** Points nearer than this (in tile pixels) to the last drawn one add nothing visible and are skipped. */
const MIN_STEP = 0.5;
/**
 * From this zoom each tile draws Natural Earth 1:10m cut to it on the server (/basemap/coast/…):
 * there the 1:50m outline is kilometres off the coast (a point picked at Sevastopol lands at sea).
 */
const FINE_FROM_ZOOM = 6;

function drawTile(canvas: HTMLCanvasElement, rings: ProjectedRing[], coords: L.Coords): void {
  const ratio = window.devicePixelRatio || 1;
  canvas.width = TILE_SIZE * ratio;
  canvas.height = TILE_SIZE * ratio;
  const context = canvas.getContext("2d");
  if (!context) return;
  const scale = 2 ** coords.z;
  const left = coords.x * TILE_SIZE;
  const top = coords.y * TILE_SIZE;
  const margin = 1 / scale;
  const box = {
    minX: left / scale - margin,
    minY: top / scale - margin,
    maxX: (left + TILE_SIZE) / scale + margin,
    maxY: (top + TILE_SIZE) / scale + margin,
  };
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = LAND;
  context.strokeStyle = BORDER;
  context.lineWidth = 0.7;
  context.lineJoin = "round";
  context.beginPath();
  for (const ring of ringsInBox(rings, box)) {
    const points = ring.points;
    let lastX = points[0]! * scale - left;
    let lastY = points[1]! * scale - top;
    context.moveTo(lastX, lastY);
    for (let i = 2; i < points.length; i += 2) {
      const x = points[i]! * scale - left;
      const y = points[i + 1]! * scale - top;
      if (Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP && i < points.length - 2) continue;
      context.lineTo(x, y);
      lastX = x;
      lastY = y;
    }
    context.closePath();
  }
  context.fill();
  context.stroke();
}

/** Fetched and projected once per page, for every map drawn on it; after a failure the next tile asks again. */
let outlines: Promise<ProjectedRing[]> | null = null;

function loadOutlines(): Promise<ProjectedRing[]> {
  if (!outlines) {
    outlines = fetch("/basemap/countries-50m.json")
      .then((response) => {
        if (!response.ok) throw new Error(`The basemap outlines answered ${response.status}`);
        return response.json() as Promise<Topology<{ countries: GeometryCollection }>>;
      })
      .then((topology) => projectRings(feature(topology, topology.objects.countries)));
    // Without outlines the tiles stay empty: no page error.
    outlines.catch(() => {
      outlines = null;
    });
  }
  return outlines;
}

/**
 * Natural Earth country outlines served by the app itself: the map's basemap when no tiles are
 * configured or they fail. The 1:50m outlines are fetched and projected once, the 1:10m ones a tile
 * at a time from FINE_FROM_ZOOM on; both are drawn into canvas tiles, each tile in a task of its
 * own, so neither a zoom nor a pan waits for the outlines to be projected and drawn again (as an SVG
 * layer of every country would); Leaflet keeps showing the last tiles until then.
 */
export class OutlineTiles extends L.GridLayer {
  /** A fine tile's request, cancelled when Leaflet drops the tile before it is drawn (a quick zoom or pan past it). */
  private readonly requests = new WeakMap<HTMLElement, AbortController>();

  constructor() {
    super({ pane: PANE, tileSize: TILE_SIZE, updateWhenZooming: false, keepBuffer: 4, attribution: "Natural Earth" });
    this.on("tileunload", ({ tile }: L.TileEvent) => this.requests.get(tile)?.abort());
  }

  override beforeAdd(map: L.Map): this {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = PANE_Z_INDEX;
    return this;
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement("canvas");
    (coords.z >= FINE_FROM_ZOOM ? this.fineRings(canvas, coords) : loadOutlines()).then(
      (rings) =>
        setTimeout(() => {
          drawTile(canvas, rings, coords);
          done(undefined, canvas);
        }),
      (error: Error) => done(error, canvas),
    );
    return canvas;
  }

  /** One tile's 1:10m outlines; the 1:50m ones when they fail, so a tile is never left blank. */
  private fineRings(canvas: HTMLCanvasElement, coords: L.Coords): Promise<ProjectedRing[]> {
    const request = new AbortController();
    this.requests.set(canvas, request);
    return loadFineRings(coords, request.signal).catch((error: Error) => (request.signal.aborted ? Promise.reject(error) : loadOutlines()));
  }
}
