import L from "leaflet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { type MarkerState, markerIcon, updateMarkerIcon } from "./marker-icon";
import { onActivate } from "./on-activate";

export interface EntryMarkerHandlers {
  select: (entry: EntrySummary) => void;
  popup: (entry: EntrySummary) => HTMLElement;
  autoPanPopup: boolean;
}

interface DrawnEntry {
  marker: L.Marker;
  entry: EntrySummary;
  state: MarkerState;
}

const sameState = (a: MarkerState, b: MarkerState) =>
  a.selected === b.selected && a.related === b.related && a.dx === b.dx && a.dy === b.dy;

/**
 * The entry markers on the map: each a focusable, labelled 24 px button that selects its entry with
 * a click, Enter or Space. A marker is made once while its entry stays drawn and then only updated in place.
 */
export class EntryMarkers {
  private readonly drawn = new Map<string, DrawnEntry>();

  constructor(
    private readonly layer: L.LayerGroup,
    private readonly handlers: EntryMarkerHandlers,
  ) {}

  /** Draws exactly `wanted`; returns the ids of the markers it had to create. */
  sync(wanted: Map<string, { entry: EntrySummary; state: MarkerState }>): Set<string> {
    for (const [id, drawn] of this.drawn) {
      if (!wanted.has(id)) {
        this.layer.removeLayer(drawn.marker);
        this.drawn.delete(id);
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
      }
    }
    return created;
  }

  marker(id: string): L.Marker | undefined {
    return this.drawn.get(id)?.marker;
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
    marker.bindPopup(() => this.handlers.popup(drawn.entry), { autoPan: this.handlers.autoPanPopup });
    onActivate(marker, () => this.handlers.select(drawn.entry));
    marker.addTo(this.layer);
    marker.getElement()?.setAttribute("aria-label", entry.title);
    marker.getElement()?.setAttribute("data-entry-id", entry.id);
    return drawn;
  }
}
