import L from "leaflet";
import type { EntryKind } from "@/lib/content/entry-kinds";
import { kindSymbolSvg } from "./kind-shapes";

const SIZE = 24;

/** `dx`/`dy` shift the icon from its point, so that markers close together stay separate targets. */
export function markerIcon(kind: EntryKind, options: { selected: boolean; related: boolean; dx: number; dy: number }): L.DivIcon {
  const classes = ["entry-marker", `kind-${kind}`];
  if (options.selected) classes.push("is-selected");
  if (options.related) classes.push("is-related");
  const { dx, dy } = options;
  return L.divIcon({
    className: classes.join(" "),
    html: kindSymbolSvg(kind, SIZE),
    iconSize: [SIZE, SIZE],
    iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy],
    popupAnchor: [dx, dy - SIZE / 2],
  });
}
