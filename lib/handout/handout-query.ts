import { edtfDayOf } from "@/lib/dates/edtf-text";
import type { ExplorerUrlState } from "@/lib/url-state/explorer-url-state";
import { type ViewportQuery, viewportQuerySchema } from "@/lib/validation/viewport";
import { handoutBox } from "./map-frame";

/** A handout is a sheet or two of paper, not a catalogue: past this many entries it says how many it left out. */
export const HANDOUT_ENTRY_LIMIT = 30;

/**
 * The viewport query for the entries an explorer view shows: its filters, its timeline window when the
 * view is filtered to it, and the area its map shows on a typical screen. The same query the explorer's
 * list makes, so a handout holds what the class saw.
 */
export function handoutQuery(state: ExplorerUrlState, locale: string): ViewportQuery {
  const { filters } = state;
  const params: Record<string, string> = { locale, limit: String(HANDOUT_ENTRY_LIMIT) };
  if (state.map) {
    const box = handoutBox(state.map, []);
    params.bbox = [Math.max(box.west, -180), box.south, Math.min(box.east, 180), box.north].join(",");
  }
  if (state.filterToWindow && state.window) {
    params.from = edtfDayOf(state.window.start);
    params.to = edtfDayOf(state.window.end);
  }
  if (filters.q) params.q = filters.q;
  if (filters.kinds.length) params.kinds = filters.kinds.join(",");
  if (filters.countries.length) params.countries = filters.countries.join(",");
  if (filters.tags.length) params.tags = filters.tags.join(",");
  if (filters.after) params.after = filters.after;
  if (filters.before) params.before = filters.before;
  if (filters.comparable) params.comparable = "1";
  return viewportQuerySchema.parse(params);
}
