import L from "leaflet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster } from "@/lib/viewport";
import { declutterOffsets, type Offset } from "./declutter";
import { drawnArea } from "./drawn-area";
import { type Dot, type DrawnFrame, isDrawingSink } from "./drawn-frame";
import { splitByBudget } from "./marker-budget";

/** Centre-to-centre distance, along x or y, that keeps 24 px markers apart with a little room between them. */
const MARKER_SPACING = 28;
/**
 * Markers are drawn only on screen and this many pixels around it (the largest cluster's radius,
 * so one centred just off the edge still shows its visible part): the rest of the answer, which covers
 * four times the view for panning, stays in memory until a pan brings it in.
 */
const DRAWN_MARGIN = 32;
const NO_OFFSET: Offset = { dx: 0, dy: 0 };
/** Half a marker's width (marker-icon.ts), plus a pixel. */
const MARKER_HALF = 13;

/** The map's controls (zoom buttons, attribution) in layer pixels, widened by half a marker: no marker centre goes in them. */
function controlAreas(map: L.Map): L.Bounds[] {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>(".leaflet-control")].flatMap((control) => {
    const r = control.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return [];
    const topLeft = map.containerPointToLayerPoint([r.left - box.left - MARKER_HALF, r.top - box.top - MARKER_HALF]);
    return [L.bounds(topLeft, topLeft.add([r.width + 2 * MARKER_HALF, r.height + 2 * MARKER_HALF]))];
  });
}

export interface WantedDrawing {
  entries: EntrySummary[];
  clusters: MapCluster[];
  selectedId: string | null;
  relatedIds: Set<string>;
}

/** Where the entries and clusters of one answer sit at one zoom, in world pixels: worked out once per answer and zoom. */
interface Layout {
  entries: EntrySummary[];
  clusters: MapCluster[];
  zoom: number;
  points: Map<string, L.Point>;
  clusterPoints: L.Point[];
  /** Markers spread apart; only needed, so only worked out, when the view is sparse enough for markers. */
  offsets: Map<string, Offset> | null;
}

/**
 * Draws what is wanted and on screen into the layers it holds (the entry markers, the canvas dots,
 * the cluster markers: each a DrawingSink): entries as DOM markers while they fit the budget, else as
 * dots (the selection and its related entries stay markers), and the clusters on screen. It redraws
 * on its own as the map moves, once a frame while dragging, without going through React.
 */
export class MapDrawing extends L.LayerGroup {
  private layout: Layout | null = null;
  /** Whether the last drawing made dots: the way back to markers is a little lower than the way there. */
  private dotted = false;
  private frameRequest = 0;

  constructor(public wanted: WantedDrawing) {
    super();
  }

  setWanted(wanted: WantedDrawing): void {
    this.wanted = wanted;
    this.draw(true);
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.draw(true);
    return this;
  }

  override onRemove(map: L.Map): this {
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    return super.onRemove(map);
  }

  // A pan draws at once what the answer already held for the new view; a zoom's markers are placed
  // when its answer arrives (during the animation when it is quick).
  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    return { move: this.onMove, moveend: this.onMoveEnd };
  }

  private readonly onMoveEnd = () => this.draw(false);

  /** While dragging, markers coming into view are drawn once a frame. */
  private readonly onMove = () => {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.draw(false);
    });
  };

  /** `relayout` places everything for the map's zoom; without it only the set on screen changes (a pan). */
  private draw(relayout: boolean): void {
    const map = this._map;
    if (!map) return;
    const layout = this.currentLayout(map, relayout);
    if (!layout) return;
    const { selectedId, relatedIds } = this.wanted;
    const origin = map.getPixelOrigin();
    const area = drawnArea(map, DRAWN_MARGIN);
    const isKept = (entry: EntrySummary) => entry.id === selectedId || relatedIds.has(entry.id);
    const onScreen = (point: L.Point, offset: Offset) => area.contains([point.x - origin.x + offset.dx, point.y - origin.y + offset.dy]);
    // A marker cut by the map's edge, or under its zoom buttons, is a target too small to hit: drawn once whole and clear.
    const whole = drawnArea(map, -MARKER_HALF);
    const controls = controlAreas(map);
    const wholeOnScreen = (point: L.Point, offset: Offset) => {
      const at = L.point(point.x - origin.x + offset.dx, point.y - origin.y + offset.dy);
      return whole.contains(at) && !controls.some((control) => control.contains(at));
    };
    // The selection and its related entries stay drawn wherever they are: their lines lead to them.
    const candidates = layout.entries.filter((entry) => isKept(entry) || onScreen(layout.points.get(entry.id)!, NO_OFFSET));
    const split = splitByBudget(candidates, isKept, { dotted: this.dotted });
    this.dotted = split.dots.length > 0;
    const offsets = split.dots.length ? null : (layout.offsets ??= this.declutter(layout));
    const frame: DrawnFrame = {
      markers: new Map(),
      dots: split.dots.map((entry): Dot => {
        const point = layout.points.get(entry.id)!;
        return { entry, x: point.x - origin.x, y: point.y - origin.y };
      }),
      clusters: layout.clusters.filter((_, i) => onScreen(layout.clusterPoints[i]!, NO_OFFSET)),
      selectedId,
    };
    // A spread-out marker is drawn where its shifted icon is; one whose point is just off screen may be shifted onto it.
    const markerEntries = offsets
      ? layout.entries.filter((entry) => isKept(entry) || wholeOnScreen(layout.points.get(entry.id)!, offsets.get(entry.id) ?? NO_OFFSET))
      : split.markers;
    for (const entry of markerEntries) {
      const offset = offsets?.get(entry.id) ?? NO_OFFSET;
      frame.markers.set(entry.id, { entry, state: { selected: entry.id === selectedId, related: relatedIds.has(entry.id), ...offset } });
    }
    this.eachLayer((layer) => {
      if (isDrawingSink(layer)) layer.drawFrame(frame);
    });
    // The place names (place-labels.ts) keep clear of the markers where they can: a new answer or
    // selection moves them. A pan's frames do not; the names are laid out again when it ends.
    if (relayout) map.fire("entriesdrawn");
  }

  private currentLayout(map: L.Map, relayout: boolean): Layout | null {
    const { entries, clusters } = this.wanted;
    const zoom = map.getZoom();
    const stale = this.layout && (this.layout.entries !== entries || this.layout.clusters !== clusters || this.layout.zoom !== zoom);
    if (!this.layout || (relayout && stale)) {
      const project = (latitude: number, longitude: number) => map.project([latitude, longitude], zoom).round();
      this.layout = {
        entries,
        clusters,
        zoom,
        points: new Map(entries.map((e) => [e.id, project(e.latitude!, e.longitude!)])),
        clusterPoints: clusters.map((c) => project(c.latitude, c.longitude)),
        offsets: null,
      };
    }
    // A pan during a zoom whose data has not come yet: the old layout is for another zoom.
    return this.layout.zoom === zoom ? this.layout : null;
  }

  private declutter(layout: Layout): Map<string, Offset> {
    return declutterOffsets(
      layout.entries.map((entry) => {
        const point = layout.points.get(entry.id)!;
        return { id: entry.id, key: entry.slug, x: point.x, y: point.y };
      }),
      MARKER_SPACING,
    );
  }
}
