import type L from "leaflet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster } from "@/lib/viewport";
import type { ClusterMarkers } from "./cluster-markers";
import { declutterOffsets, type Offset } from "./declutter";
import { drawnArea } from "./drawn-area";
import type { Dot, EntryDots } from "./entry-dots";
import type { EntryMarkers } from "./entry-markers";
import { splitByBudget } from "./marker-budget";
import type { MarkerState } from "./marker-icon";

/** Centre-to-centre distance that keeps 24 px markers apart. */
const MARKER_SPACING = 28;
/**
 * Markers are drawn only on screen and this many pixels around it (the largest cluster's radius,
 * so one centred just off the edge still shows its part): the rest of the answer, which covers four
 * times the view for panning, stays in memory until a pan brings it in.
 */
const DRAWN_MARGIN = 32;
const NO_OFFSET: Offset = { dx: 0, dy: 0 };

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
 * Draws what is wanted and on screen: entries as DOM markers while they fit the budget, else as canvas
 * dots (the selection and its related entries stay markers), and the clusters on screen.
 */
export class MapDrawing {
  private layout: Layout | null = null;
  private popupFor: string | null = null;
  /** Whether the last drawing made dots: the way back to markers is a little lower than the way there. */
  private dotted = false;
  wanted: WantedDrawing = { entries: [], clusters: [], selectedId: null, relatedIds: new Set() };

  constructor(
    private readonly map: L.Map,
    private readonly markers: EntryMarkers,
    private readonly clusters: ClusterMarkers,
    private readonly dots: EntryDots,
  ) {}

  /** `relayout` places everything for the map's zoom; without it only the set on screen changes (a pan). */
  draw(relayout: boolean): void {
    const layout = this.currentLayout(relayout);
    if (!layout) return;
    const { selectedId, relatedIds } = this.wanted;
    const origin = this.map.getPixelOrigin();
    const area = drawnArea(this.map, DRAWN_MARGIN);
    const isKept = (entry: EntrySummary) => entry.id === selectedId || relatedIds.has(entry.id);
    const onScreen = (point: L.Point, offset: Offset) => area.contains([point.x - origin.x + offset.dx, point.y - origin.y + offset.dy]);
    // The selection and its related entries stay drawn wherever they are: their lines lead to them.
    const candidates = layout.entries.filter((entry) => isKept(entry) || onScreen(layout.points.get(entry.id)!, NO_OFFSET));
    const split = splitByBudget(candidates, isKept, { dotted: this.dotted });
    this.dotted = split.dots.length > 0;
    const offsets = split.dots.length ? null : (layout.offsets ??= this.declutter(layout));
    const drawnMarkers = new Map<string, { entry: EntrySummary; state: MarkerState }>();
    // A spread-out marker is drawn where its shifted icon is; one whose point is just off screen may be shifted onto it.
    const markerEntries = offsets
      ? layout.entries.filter((entry) => isKept(entry) || onScreen(layout.points.get(entry.id)!, offsets.get(entry.id) ?? NO_OFFSET))
      : split.markers;
    for (const entry of markerEntries) {
      const offset = offsets?.get(entry.id) ?? NO_OFFSET;
      drawnMarkers.set(entry.id, { entry, state: { selected: entry.id === selectedId, related: relatedIds.has(entry.id), ...offset } });
    }
    const created = this.markers.sync(drawnMarkers);
    this.dots.draw(
      split.dots.map((entry): Dot => {
        const point = layout.points.get(entry.id)!;
        return { entry, x: point.x - origin.x, y: point.y - origin.y };
      }),
    );
    this.clusters.sync(layout.clusters.filter((_, i) => onScreen(layout.clusterPoints[i]!, NO_OFFSET)));
    this.openSelectedPopup(created);
  }

  private currentLayout(relayout: boolean): Layout | null {
    const { entries, clusters } = this.wanted;
    const zoom = this.map.getZoom();
    const stale = this.layout && (this.layout.entries !== entries || this.layout.clusters !== clusters || this.layout.zoom !== zoom);
    if (!this.layout || (relayout && stale)) {
      const project = (latitude: number, longitude: number) => this.map.project([latitude, longitude], zoom).round();
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
      [...layout.points].map(([id, p]) => ({ id, x: p.x, y: p.y })),
      MARKER_SPACING,
    );
  }

  private openSelectedPopup(created: Set<string>): void {
    const { selectedId } = this.wanted;
    const marker = selectedId ? this.markers.marker(selectedId) : undefined;
    if (marker && (this.popupFor !== selectedId || created.has(selectedId!)) && !marker.isPopupOpen()) marker.openPopup();
    this.popupFor = marker ? selectedId : null;
  }
}
