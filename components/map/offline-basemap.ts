import L from "leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type ProjectedRing, projectRings, ringsInBox } from "./basemap-rings";

const TILE_SIZE = 256;
const LAND = "#f4f1ea";
const BORDER = "#8a8f98";

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

class OutlineTiles extends L.GridLayer {
  constructor(
    private readonly rings: ProjectedRing[],
    options: L.GridLayerOptions,
  ) {
    super(options);
  }

  protected override createTile(coords: L.Coords, done: L.DoneCallback): HTMLElement {
    const canvas = document.createElement("canvas");
    setTimeout(() => {
      drawTile(canvas, this.rings, coords);
      done(undefined, canvas);
    });
    return canvas;
  }
}

/**
 * Natural Earth country outlines served by the app itself: the map's basemap when no tiles are
 * configured or they fail. Drawn into canvas tiles from coordinates projected once, each tile in a
 * task of its own, so neither a zoom nor a pan waits for the outlines to be projected and drawn
 * again (as an SVG layer of every country would); Leaflet keeps showing the last tiles until then.
 */
export async function addOfflineBasemap(map: L.Map, signal: AbortSignal): Promise<L.GridLayer | null> {
  const response = await fetch("/basemap/countries-50m.json", { signal });
  if (!response.ok) return null;
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const rings = projectRings(feature(topology, topology.objects.countries));
  const pane = map.getPane("basemap") ?? map.createPane("basemap");
  pane.style.zIndex = "150";
  const layer = new OutlineTiles(rings, { pane: "basemap", tileSize: TILE_SIZE, updateWhenZooming: false, keepBuffer: 4 });
  if (signal.aborted) return null;
  return layer.addTo(map);
}
