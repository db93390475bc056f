import L from "leaflet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryThumbnail } from "@/lib/media/entry-thumbnail";
import type { DrawingSink, DrawnFrame } from "./drawn-frame";
import { entryPopupContent, type PopupLabels } from "./entry-popup";
import "./entry-popup.css";
import { type MarkerState, markerIcon, updateMarkerIcon } from "./marker-icon";
import { onActivate } from "./on-activate";
import { clearPopupShift, type Rect } from "./popup-placement";

export interface EntryMarkerHandlers {
  select: (entry: EntrySummary) => void;
  popupLabels: PopupLabels;
  autoPanPopup: boolean;
  /** Open the selection's popup when its marker is drawn (the explorer), or leave popups to a click (a comparison). */
  popupOnSelect: boolean;
  /** The selection's image, once its details have come: shown in its popup. */
  selectedThumbnail: { entryId: string; thumbnail: EntryThumbnail } | null;
}

interface DrawnEntry {
  marker: L.Marker;
  entry: EntrySummary;
  state: MarkerState;
}

/** Leaflet's own offset of a popup from its marker's top. */
const POPUP_OFFSET = L.point(0, 7);

const sameState = (a: MarkerState, b: MarkerState) =>
  a.selected === b.selected && a.related === b.related && a.dx === b.dx && a.dy === b.dy;

/**
 * The entry markers on the map: each a focusable, labelled 24 px button that selects its entry with
 * a click, Enter or Space. A marker is made once while its entry stays drawn and then only updated in
 * place; the selected entry's popup opens when its marker is first drawn for that selection.
 */
export class EntryMarkers extends L.LayerGroup implements DrawingSink {
  private readonly drawn = new Map<string, DrawnEntry>();
  private popupFor: string | null = null;

  constructor(private handlers: EntryMarkerHandlers) {
    super();
  }

  /** Read when a marker is chosen or its popup opens; whether popups pan the map is read when a marker is made. */
  setHandlers(handlers: EntryMarkerHandlers): void {
    const thumbnailChanged = handlers.selectedThumbnail !== this.handlers.selectedThumbnail;
    this.handlers = handlers;
    // An open popup is made again with its image, and placed again at its new size.
    if (thumbnailChanged) this.placeOpenPopup(false);
  }

  drawFrame({ markers, selectedId }: DrawnFrame): void {
    const { created, changed } = this.sync(markers);
    const marker = selectedId && this.handlers.popupOnSelect ? this.drawn.get(selectedId)?.marker : undefined;
    if (marker && (this.popupFor !== selectedId || created.has(selectedId!)) && !marker.isPopupOpen()) marker.openPopup();
    else if (changed) this.placeOpenPopup(false);
    this.popupFor = marker ? selectedId : null;
  }

  /**
   * Moves the open popup off the other markers and clusters (popup-placement.ts), from where Leaflet
   * puts it, above its marker: when it opens (panning the map to show it, as Leaflet does, when
   * `pan`), and when the markers around it have moved (never panning: the visitor may be dragging).
   */
  private placeOpenPopup(pan: boolean): void {
    const open = [...this.drawn.values()].find((d) => d.marker.isPopupOpen());
    const popup = open?.marker.getPopup();
    const map = this._map;
    if (!open || !popup || !map) return;
    const autoPan = popup.options.autoPan;
    popup.options.autoPan = false;
    popup.options.offset = POPUP_OFFSET;
    popup.update();
    const container = popup.getElement();
    const own = open.marker.getElement();
    if (container && own) {
      const targets: Rect[] = [];
      for (const element of map.getContainer().querySelectorAll<HTMLElement>(".leaflet-marker-icon"))
        targets.push(element.getBoundingClientRect());
      const shift = clearPopupShift(container.getBoundingClientRect(), own.getBoundingClientRect(), targets);
      // Away from its place above the marker, the tip would point at nothing.
      container.classList.toggle("is-moved", shift.dx !== 0 || shift.dy !== 0);
      popup.options.offset = L.point(POPUP_OFFSET.x + shift.dx, POPUP_OFFSET.y + shift.dy);
    }
    popup.options.autoPan = pan && autoPan;
    popup.update();
    popup.options.autoPan = autoPan;
  }

  /** Draws exactly `wanted`; returns the ids of the markers it had to create, and whether any marker came, went or moved. */
  private sync(wanted: DrawnFrame["markers"]): { created: Set<string>; changed: boolean } {
    let changed = false;
    for (const [id, drawn] of this.drawn) {
      if (!wanted.has(id)) {
        this.removeLayer(drawn.marker);
        this.drawn.delete(id);
        changed = true;
      }
    }
    const created = new Set<string>();
    for (const [id, { entry, state }] of wanted) {
      const drawn = this.drawn.get(id);
      if (!drawn) {
        this.drawn.set(id, this.create(entry, state));
        created.add(id);
        continue;
      }
      if (drawn.entry.title !== entry.title) {
        drawn.marker.getElement()?.setAttribute("aria-label", entry.title);
        drawn.marker.getElement()?.setAttribute("title", entry.title);
      }
      drawn.entry = entry;
      if (!sameState(drawn.state, state)) {
        updateMarkerIcon(drawn.marker, state);
        drawn.state = state;
        changed = true;
      }
    }
    return { created, changed: changed || created.size > 0 };
  }

  private create(entry: EntrySummary, state: MarkerState): DrawnEntry {
    const marker = L.marker([entry.latitude!, entry.longitude!], {
      icon: markerIcon(entry.kind, state),
      title: entry.title,
      alt: entry.title,
      keyboard: true,
      riseOnHover: true,
    });
    const drawn: DrawnEntry = { marker, entry, state };
    // The handlers read the record, so a newer answer's copy of the entry is the one selected.
    const thumbnailOf = (entry: EntrySummary) =>
      this.handlers.selectedThumbnail?.entryId === entry.id ? this.handlers.selectedThumbnail.thumbnail : null;
    marker.bindPopup(() => entryPopupContent(drawn.entry, this.handlers.popupLabels, thumbnailOf(drawn.entry)), {
      autoPan: this.handlers.autoPanPopup,
      offset: POPUP_OFFSET,
    });
    marker.on("popupopen", () => this.placeOpenPopup(this.handlers.autoPanPopup));
    onActivate(marker, () => this.handlers.select(drawn.entry));
    this.addLayer(marker);
    marker.getElement()?.setAttribute("aria-label", entry.title);
    marker.getElement()?.setAttribute("data-entry-id", entry.id);
    return drawn;
  }
}
