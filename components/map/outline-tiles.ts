import L from "leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type ProjectedRing, projectRings, ringsInBox } from "./basemap-rings";

const TILE_SIZE = 256;
const LAND = "#f4f1ea";
const BORDER = "#8a8f98";
/** Below the raster tiles (tile pane, 200), which cover the outlines when they load. */
const PANE = "basemap";
const PANE_Z_INDEX = "150";

/** Points nearer than this (in tile pixels) to the last drawn one add nothing visible and are skipped. */
const MIN_STEP = 0.5;

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

async function loadOutlines(signal: AbortSignal): Promise<ProjectedRing[]> {
  const response = await fetch("/basemap/countries-50m.json", { signal });
  if (!response.ok) throw new Error(`The basemap outlines answered ${response.status}`);
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  return projectRings(feature(topology, topology.objects.countries));
}

/**
 * Natural Earth country outlines served by the app itself: the map's basemap when no tiles are
 * configured or they fail. Fetched when the layer is added (and given up when it is removed), projected
 * once, and drawn into canvas tiles, each tile in a task of its own, so neither a zoom nor a pan waits
 * for the outlines to be projected and drawn again (as an SVG layer of every country would); Leaflet
 * keeps showing the last tiles until then.
 */
export class OutlineTiles extends L.GridLayer {
  private outlines: { rings: Promise<ProjectedRing[]>; controller: AbortController } | null = null;

  constructor() {
    super({ pane: PANE, tileSize: TILE_SIZE, updateWhenZooming: false, keepBuffer: 4, attribution: "Natural Earth" });
  }

  override beforeAdd(map: L.Map): this {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = PANE_Z_INDEX;
    return this;
  }

  override onAdd(map: L.Map): this {
    const controller = new AbortController();
    const rings = loadOutlines(controller.signal);
    // Without outlines (a failed or abandoned fetch) the tiles stay empty; that is no page error.
    rings.catch(() => undefined);
    this.outlines = { rings, controller };
    return super.onAdd(map);
  }

  override onRemove(map: L.Map): this {
    this.outlines?.controller.abort();
    this.outlines = null;
    return super.onRemove(map);
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement("canvas");
    this.outlines?.rings.then(
      (rings) =>
        setTimeout(() => {
          drawTile(canvas, rings, coords);
          done(undefined, canvas);
        }),
      (error: Error) => done(error, canvas),
    );
    return canvas;
  }
}
