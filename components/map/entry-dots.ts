import L from "leaflet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { DotGrid } from "./dot-grid";
import { DOT_SIZE, type DotSprites, dotSprites } from "./dot-sprites";
import type { DrawingSink, DrawnFrame } from "./drawn-frame";

const PANE = "entry-dots";
/** Above the relation lines (overlay pane, 400) and below the DOM markers (600) and popups. */
const PANE_Z_INDEX = "550";
/** A pointer this near a dot's centre hits it: the dot's own half-size plus a little, for fingers and shaky hands. */
const HIT_RADIUS = DOT_SIZE / 2 + 3;
const GRID_CELL = HIT_RADIUS * 2;

/**
 * The entries drawn as dots: one canvas, the size of the view, in its own pane, redrawn whole from
 * what it is given (a few hundred sprites at most, well under a millisecond). It is hidden during
 * Leaflet's zoom animation (leaflet-zoom-hide) and drawn for the new zoom as soon as its data is there.
 * The canvas takes no pointer events: the map's own click and mousemove find the dot under the pointer
 * through a grid. It is aria-hidden; the explorer's "Entries in view" list is the keyboard and screen
 * reader path to the same entries.
 */
export class EntryDots extends L.Layer implements DrawingSink {
  private canvas: HTMLCanvasElement | null = null;
  private readonly tooltip = L.tooltip({ direction: "top", offset: [0, -DOT_SIZE / 2], className: "entry-dot-tooltip" });
  private grid = new DotGrid<EntrySummary>(GRID_CELL);
  private sprites: DotSprites | null = null;
  private ratio = 0;
  private hovered: EntrySummary | null = null;
  private drawnCount = 0;

  constructor(private select: (entry: EntrySummary) => void) {
    super();
  }

  setSelect(select: (entry: EntrySummary) => void): void {
    this.select = select;
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(PANE) ?? map.createPane(PANE);
    pane.style.zIndex = PANE_Z_INDEX;
    this.canvas = L.DomUtil.create("canvas", "entry-dots leaflet-zoom-hide", pane);
    this.canvas.setAttribute("aria-hidden", "true");
    this.canvas.style.pointerEvents = "none";
    return this;
  }

  override onRemove(): this {
    this.unhover();
    this.canvas?.remove();
    this.canvas = null;
    this.grid = new DotGrid<EntrySummary>(GRID_CELL);
    this.drawnCount = 0;
    return this;
  }

  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    return { click: this.onClick, mousemove: this.onPointerMove, mouseout: this.unhover, zoomstart: this.unhover };
  }

  drawFrame({ dots }: DrawnFrame): void {
    const map = this._map;
    if (!this.canvas || !map || (!dots.length && !this.drawnCount)) return;
    const ratio = window.devicePixelRatio || 1;
    if (!this.sprites || ratio !== this.ratio) {
      this.sprites = dotSprites(ratio, getComputedStyle(map.getContainer()));
      this.ratio = ratio;
    }
    const size = map.getSize();
    const topLeft = map.containerPointToLayerPoint([0, 0]);
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

  /** The dot under a mouse event's pointer (the map's click and mousemove are mouse events). */
  private hit(event: L.LeafletEvent): EntrySummary | null {
    const { layerPoint } = event as L.LeafletMouseEvent;
    return this.grid.hit(layerPoint.x, layerPoint.y, HIT_RADIUS);
  }

  private readonly onClick = (event: L.LeafletEvent) => {
    const entry = this.hit(event);
    if (entry) this.select(entry);
  };

  private readonly onPointerMove = (event: L.LeafletEvent) => {
    const map = this._map;
    const entry = this.hit(event);
    if (entry?.id === this.hovered?.id || !map) return;
    if (!entry) return this.unhover();
    this.hovered = entry;
    map.getContainer().style.cursor = "pointer";
    // A text node, never HTML, so an entry's title cannot inject markup.
    const label = document.createElement("span");
    label.textContent = entry.title;
    label.lang = entry.titleLocale;
    this.tooltip.setLatLng([entry.latitude!, entry.longitude!]).setContent(label);
    map.openTooltip(this.tooltip);
    // The same title is in the list of entries in view; read once is enough.
    this.tooltip.getElement()?.setAttribute("aria-hidden", "true");
  };

  private readonly unhover = () => {
    if (!this.hovered) return;
    this.hovered = null;
    const map = this._map;
    if (!map) return;
    map.getContainer().style.cursor = "";
    map.closeTooltip(this.tooltip);
  };
}
