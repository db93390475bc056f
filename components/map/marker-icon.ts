import L from "leaflet";
import type { EntryKind } from "@/lib/content/entry-kinds";
import { kindSymbolSvg } from "./kind-shapes";

const SIZE = 24;

export interface MarkerState {
  selected: boolean;
  related: boolean;
  /** Shift of the icon from its point, so that markers close together stay separate targets. */
  dx: number;
  dy: number;
}

function anchors({ dx, dy }: Pick<MarkerState, "dx" | "dy">): Pick<L.DivIconOptions, "iconAnchor" | "popupAnchor"> {
  return { iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy], popupAnchor: [dx, dy - SIZE / 2] };
}

export function markerIcon(kind: EntryKind, state: MarkerState): L.DivIcon {
  const classes = ["entry-marker", `kind-${kind}`];
  if (state.selected) classes.push("is-selected");
  if (state.related) classes.push("is-related");
  return L.divIcon({ className: classes.join(" "), html: kindSymbolSvg(kind, SIZE), iconSize: [SIZE, SIZE], ...anchors(state) });
}

/**
 * Brings a drawn marker to a new state in place: its classes, and its shift as the margins Leaflet
 * derives from the icon's anchor (kept in the icon's options too, for the popup and any redraw).
 */
export function updateMarkerIcon(marker: L.Marker, state: MarkerState): void {
  const element = marker.getElement();
  const options = marker.options.icon!.options as L.DivIconOptions;
  Object.assign(options, anchors(state));
  if (!element) return;
  element.classList.toggle("is-selected", state.selected);
  element.classList.toggle("is-related", state.related);
  element.style.marginLeft = `${state.dx - SIZE / 2}px`;
  element.style.marginTop = `${state.dy - SIZE / 2}px`;
}
