import L from "leaflet";
import type { EntryKind } from "@/lib/content/entry-kinds";
import { kindSymbolSvg } from "./kind-shapes";

const SIZE = 24;

/** Markers at the same point are fanned out around it so each stays clickable. */
export function markerIcon(kind: EntryKind, options: { selected: boolean; related: boolean; fanIndex: number; fanSize: number }): L.DivIcon {
  const classes = ["entry-marker", `kind-${kind}`];
  if (options.selected) classes.push("is-selected");
  if (options.related) classes.push("is-related");
  let dx = 0;
  let dy = 0;
  if (options.fanSize > 1) {
    const angle = (2 * Math.PI * options.fanIndex) / options.fanSize - Math.PI / 2;
    const radius = 10 + 3 * options.fanSize;
    dx = Math.round(radius * Math.cos(angle));
    dy = Math.round(radius * Math.sin(angle));
  }
  return L.divIcon({
    className: classes.join(" "),
    html: kindSymbolSvg(kind, SIZE),
    iconSize: [SIZE, SIZE],
    iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy],
    popupAnchor: [dx, dy - SIZE / 2],
  });
}
