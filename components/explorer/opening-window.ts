import { type ExplorerUrlState, NO_FILTERS } from "@/lib/url-state/explorer-url-state";
import type { TimeWindow } from "./types";

/** Where a view opens that the collection's densest span does not suit, before it is fitted to its entries. */
const WIDE_WINDOW: TimeWindow = { start: Date.UTC(1930, 0, 1), end: Date.UTC(2030, 0, 1) };

/**
 * The window the timeline opens on: the one the address names; else the span where the collection's
 * entries are densest (worked out on the server), unless filters narrow the view (a search's "show on
 * map" link), whose matches may lie anywhere: then a wide window, `fit` to the first entries that arrive.
 */
export function openingWindow(state: ExplorerUrlState, densestSpan: TimeWindow | null): { window: TimeWindow; fit: boolean } {
  if (state.window) return { window: state.window, fit: false };
  const filtered = JSON.stringify(state.filters) !== JSON.stringify(NO_FILTERS);
  return densestSpan && !filtered ? { window: densestSpan, fit: false } : { window: WIDE_WINDOW, fit: true };
}
