import L from "leaflet";
import type { PlaceLabel } from "@/lib/gazetteer/label-tiles";
import type { SeaLabel } from "@/lib/gazetteer/sea-labels";
import { type Box, type LabelCandidate, placeLabels } from "./label-placement";
import { LabelTileLoader, loadSeas } from "./label-tiles";
import { tilesInView } from "./tiles-in-view";
import "./place-labels.css";

const PANE = "place-labels";
/** Over the basemap and raster tiles (200), under all the app draws: relation lines (400), dots, markers, popups. */
const PANE_Z_INDEX = "350";
/** Names whose point is this far off screen are still laid out, so that their text can reach in. */
const MARGIN = 32;
/** The label tiles' deepest zoom (docs/gazetteer.md). */
const MAX_TILE_ZOOM = 18;
const FAMILY = "'PT Sans', system-ui, sans-serif";

type Style = "sea" | PlaceLabel["rank"];
/** Font (as CSS and canvas read it) and line height of each kind of name. */
const STYLES: Record<Style, { font: string; height: number }> = {
  sea: { font: "italic 400 13px", height: 16 },
  capital: { font: "700 14px", height: 17 },
  admin: { font: "700 12px", height: 15 },
  town: { font: "400 12px", height: 15 },
};
/** Seas go before any town: there are few, and each stands for a whole water. */
const SEA_WEIGHT = Number.MAX_SAFE_INTEGER;
/** Weight of a town's population, as the label tiles rank them: capitals before larger towns. */
const RANK_WEIGHT: Record<PlaceLabel["rank"], number> = { capital: 3, admin: 1.5, town: 1 };

interface Candidate extends LabelCandidate {
  text: string;
  style: Style;
}

interface DrawnLabel {
  element: HTMLElement;
  text: HTMLElement;
  x: number;
  y: number;
  left: number;
  top: number;
}

let measuring: CanvasRenderingContext2D | null = null;

function textWidth(text: string, font: string): number {
  measuring ??= document.createElement("canvas").getContext("2d");
  if (!measuring) return text.length * 8;
  measuring.font = `${font} ${FAMILY}`;
  return Math.ceil(measuring.measureText(text).width);
}

/** Where the entry markers and clusters are drawn: boxes in layer pixels, read from their inline styles (no layout). */
function markerBoxes(map: L.Map): Box[] {
  const boxes: Box[] = [];
  for (const element of map.getPane("markerPane")?.children ?? []) {
    const { style } = element as HTMLElement;
    const position = L.DomUtil.getPosition(element as HTMLElement) as L.Point | undefined;
    if (!position) continue;
    const left = position.x + (Number.parseFloat(style.marginLeft) || 0);
    const top = position.y + (Number.parseFloat(style.marginTop) || 0);
    boxes.push({ left, top, right: left + (Number.parseFloat(style.width) || 24), bottom: top + (Number.parseFloat(style.height) || 24) });
  }
  return boxes;
}

/**
 * Names of towns, cities and seas over the offline basemap, in the page's language where the data
 * has it: fetched for the tiles in view at the map's zoom (label-tiles.ts), laid out after each move
 * by one collision pass (larger places first, clear of each other and, where they can be, of the
 * entry markers) and drawn as text with a halo. The names are plain DOM text in a pane of their own
 * under the entries, taking no pointer events and hidden from assistive technology (the entries
 * list is the map's text); hidden during a zoom and laid out again once it ends.
 */
export class PlaceLabels extends L.Layer {
  private container: HTMLElement | null = null;
  private readonly drawn = new Map<string, DrawnLabel>();
  private readonly tiles = new LabelTileLoader(() => this.schedule());
  private seas: readonly SeaLabel[] = [];
  private scheduled = false;

  constructor(private locale: string) {
    super();
  }

  /** GeoNames asks for credit wherever its names are shown: beside Natural Earth, while this layer is on the map. */
  override getAttribution(): string {
    return "GeoNames (CC BY 4.0)";
  }

  setLocale(locale: string): void {
    if (locale === this.locale) return;
    this.locale = locale;
    for (const { element } of this.drawn.values()) element.remove();
    this.drawn.clear();
    this.schedule();
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = PANE_Z_INDEX;
    pane.style.pointerEvents = "none";
    this.container = L.DomUtil.create("div", "place-labels", pane);
    this.container.setAttribute("aria-hidden", "true");
    loadSeas().then(
      (seas) => {
        this.seas = seas;
        this.schedule();
      },
      () => undefined,
    );
    this.layout();
    return this;
  }

  override onRemove(): this {
    this.container?.remove();
    this.container = null;
    this.drawn.clear();
    return this;
  }

  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    return { zoomstart: this.hide, moveend: this.schedule, entriesdrawn: this.schedule };
  }

  private readonly hide = () => {
    if (this.container) this.container.style.visibility = "hidden";
  };

  /** Laid out once, after the frame that draws what asked for it (markers first, names after). */
  private readonly schedule = () => {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.scheduled = false;
        this.layout();
      }),
    );
  };

  private layout(): void {
    const map = this._map;
    const container = this.container;
    if (!map || !container) return;
    // Mid-flight (a fly to a selection) the zoom is fractional and has no tiles: the names wait for moveend.
    if (!Number.isInteger(map.getZoom())) {
      this.hide();
      return;
    }
    const placed = placeLabels(this.candidates(map), markerBoxes(map));
    const kept = new Set<string>();
    for (const { candidate, left, top } of placed) {
      const { key, x, y } = candidate as Candidate;
      kept.add(key);
      const drawn = this.drawn.get(key) ?? this.create(container, candidate as Candidate);
      if (drawn.x !== x || drawn.y !== y) L.DomUtil.setPosition(drawn.element, L.point(x, y));
      if (drawn.left !== left - x || drawn.top !== top - y) drawn.text.style.transform = `translate(${left - x}px,${top - y}px)`;
      Object.assign(drawn, { x, y, left: left - x, top: top - y });
    }
    for (const [key, { element }] of this.drawn) {
      if (kept.has(key)) continue;
      element.remove();
      this.drawn.delete(key);
    }
    container.style.visibility = "";
  }

  private create(container: HTMLElement, { key, text, style }: Candidate): DrawnLabel {
    const element = L.DomUtil.create("div", `place-label is-${style}`, container);
    const span = L.DomUtil.create("span", "", element);
    span.textContent = text;
    span.style.font = `${STYLES[style].font}/${STYLES[style].height}px ${FAMILY}`;
    const drawn: DrawnLabel = { element, text: span, x: Number.NaN, y: Number.NaN, left: Number.NaN, top: Number.NaN };
    this.drawn.set(key, drawn);
    return drawn;
  }

  /** The names that could be drawn in view, seas first, then places by weight. */
  private candidates(map: L.Map): Candidate[] {
    const zoom = map.getZoom();
    const view = map.getPixelBounds();
    const origin = map.getPixelOrigin();
    const worldWidth = 256 * 2 ** zoom;
    // Past the deepest label tiles, the deepest hold every place: their tiles cover the view at that zoom.
    const tileZoom = Math.min(zoom, MAX_TILE_ZOOM);
    const scale = 2 ** (zoom - tileZoom);
    const tiles = tilesInView(tileZoom, view.min!.x / scale, view.min!.y / scale, view.max!.x / scale, view.max!.y / scale);
    const found = new Map<string, Candidate & { weight: number }>();
    const add = (latitude: number, longitude: number, copy: number, text: string, style: Style, weight: number) => {
      const point = map.project([latitude, longitude], zoom);
      const x = Math.round(point.x + copy * worldWidth);
      const y = Math.round(point.y);
      if (x < view.min!.x - MARGIN || x > view.max!.x + MARGIN || y < view.min!.y - MARGIN || y > view.max!.y + MARGIN) return;
      const key = `${style}:${text}:${latitude},${longitude}:${copy}`;
      const { font, height } = STYLES[style];
      found.set(key, {
        key,
        x: x - origin.x,
        y: y - origin.y,
        width: textWidth(text, font),
        height,
        centred: style === "sea",
        text,
        style,
        weight,
      });
    };
    for (const copy of new Set(tiles.map((t) => t.copy))) {
      for (const sea of this.seas)
        if (sea.minZoom <= zoom) add(sea.lat, sea.lng, copy, sea.names[this.locale === "ru" ? "ru" : "en"], "sea", SEA_WEIGHT);
    }
    for (const { labels, copy } of this.tiles.labelsFor(tiles)) {
      for (const label of labels) {
        const text = (this.locale === "ru" && label.ru) || label.name;
        add(label.lat, label.lng, copy, text, label.rank, label.population * RANK_WEIGHT[label.rank]);
      }
    }
    return [...found.values()].sort((a, b) => b.weight - a.weight);
  }
}
