import { edtfDayOf } from "@/lib/dates/edtf-text";
import { parseExplorerUrlState } from "@/lib/url-state/explorer-url-state";

/** A step's map view and timeline window as the tour form holds them (text, as typed). */
export interface StepView {
  latitude: string;
  longitude: string;
  zoom: string;
  from: string;
  to: string;
}

/**
 * The map view and timeline window an explorer address shows ("/en?lat=56.2&lng=34.3&z=8&from=…&to=…"),
 * read by the explorer's own URL parser, or null when the address has neither. The explorer keeps its
 * whole view in its address, so a copied link (or the page's own location, for "Add to tour") is the
 * one dependable record of what a teacher was looking at.
 */
export function stepViewFromExplorerLink(link: string, origin: string): StepView | null {
  let url: URL;
  try {
    url = new URL(link.trim(), origin);
  } catch {
    return null;
  }
  const { map, window } = parseExplorerUrlState(url.searchParams);
  if (!map && !window) return null;
  return {
    latitude: map ? String(map.latitude) : "",
    longitude: map ? String(map.longitude) : "",
    zoom: map ? String(map.zoom) : "",
    from: window ? edtfDayOf(window.start) : "",
    to: window ? edtfDayOf(window.end) : "",
  };
}
