import L from "leaflet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { DotGrid } from "./dot-grid";
import { DOT_SIZE, type DotSprites, dotSprites } from "./dot-sprites";

/** Above the relation lines (overlay pane, 400) and below the DOM markers (600) and popups. */
const PANE_Z_INDEX = "550";
/** A pointer this near a dot's centre hits it: the dot's own half-size plus a little, for fingers and shaky hands. */
const HIT_RADIUS = DOT_SIZE / 2 + 3;
const GRID_CELL = HIT_RADIUS * 2;

export interface Dot {
  entry: EntrySummary;
  /** Where the dot goes in the map's layer pixels (what `latLngToLayerPoint` gives). */
  x: number;
  y: number;
}

/**
 * The entries drawn as dots: one canvas, the size of the view, in its own pane, redrawn whole from
 * what it is given (a few hundred sprites at most, well under a millisecond). It is hidden during
 * Leaflet's zoom animation (leaflet-zoom-hide) and drawn for the new zoom as soon as its data is there.
 * The canvas takes no pointer events: the map's own click and mousemove find the dot under the pointer
 * through a grid. It is aria-hidden; the explorer's "Entries in view" list is the keyboard and screen
 * reader path to the same entries.
 */
export class EntryDots {
  private readonly pane: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly tooltip: L.Tooltip;
  private grid = new DotGrid<EntrySummary>(GRID_CELL);
  private sprites: DotSprites | null = null;
  private ratio = 0;
  private hovered: EntrySummary | null = null;
  private drawnCount = 0;

  constructor(
    private readonly map: L.Map,
    private readonly select: (entry: EntrySummary) => void,
  ) {
    this.pane = map.createPane("entry-dots");
    this.pane.style.zIndex = PANE_Z_INDEX;
    this.canvas = L.DomUtil.create("canvas", "entry-dots leaflet-zoom-hide", this.pane);
    this.canvas.setAttribute("aria-hidden", "true");
    this.canvas.style.pointerEvents = "none";
    this.tooltip = L.tooltip({ direction: "top", offset: [0, -DOT_SIZE / 2], className: "entry-dot-tooltip" });
    map.on("click", this.onClick);
    map.on("mousemove", this.onPointerMove);
    map.on("mouseout zoomstart", this.unhover);
  }

  draw(dots: readonly Dot[]): void {
    if (!dots.length && !this.drawnCount) return;
    const ratio = window.devicePixelRatio || 1;
    if (!this.sprites || ratio !== this.ratio) {
      this.sprites = dotSprites(ratio, getComputedStyle(this.map.getContainer()));
      this.ratio = ratio;
    }
    const size = this.map.getSize();
    const topLeft = this.map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(this.canvas, topLeft);
    const width = Math.round(size.x * ratio);
    const height = Math.round(size.y * ratio);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
    }
    const context = this.canvas.getContext("2d");
    if (!context) return;
    context.clearRect(0, 0, width, height);
    const grid = new DotGrid<EntrySummary>(GRID_CELL);
    const side = this.sprites.event.width;
    for (const { entry, x, y } of dots) {
      context.drawImage(
        this.sprites[entry.kind],
        Math.round((x - topLeft.x) * ratio - side / 2),
        Math.round((y - topLeft.y) * ratio - side / 2),
      );
      grid.add(x, y, entry);
    }
    this.grid = grid;
    this.drawnCount = dots.length;
    if (this.hovered && !dots.some((d) => d.entry.id === this.hovered!.id)) this.unhover();
  }

  destroy(): void {
    this.map.off("click", this.onClick);
    this.map.off("mousemove", this.onPointerMove);
    this.map.off("mouseout zoomstart", this.unhover);
    this.map.closeTooltip(this.tooltip);
    this.pane.remove();
  }

  private hit(event: L.LeafletMouseEvent): EntrySummary | null {
    return this.grid.hit(event.layerPoint.x, event.layerPoint.y, HIT_RADIUS);
  }

  private readonly onClick = (event: L.LeafletMouseEvent) => {
    const entry = this.hit(event);
    if (entry) this.select(entry);
  };

  private readonly onPointerMove = (event: L.LeafletMouseEvent) => {
    const entry = this.hit(event);
    if (entry?.id === this.hovered?.id) return;
    if (!entry) return this.unhover();
    this.hovered = entry;
    this.map.getContainer().style.cursor = "pointer";
    // A text node, never HTML, so an entry's title cannot inject markup.
    const label = document.createElement("span");
    label.textContent = entry.title;
    label.lang = entry.titleLocale;
    this.tooltip.setLatLng([entry.latitude!, entry.longitude!]).setContent(label);
    this.map.openTooltip(this.tooltip);
    // The same title is in the list of entries in view; read once is enough.
    this.tooltip.getElement()?.setAttribute("aria-hidden", "true");
  };

  private readonly unhover = () => {
    if (!this.hovered) return;
    this.hovered = null;
    this.map.getContainer().style.cursor = "";
    this.map.closeTooltip(this.tooltip);
  };
}
