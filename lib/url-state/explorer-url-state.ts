import { ENTRY_KINDS, type EntryKind } from "@/lib/content/entry-kinds";
import { edtfDayOf } from "@/lib/dates/edtf-text";

/** Everything about the explorer's view that a shared link, a reload or Back must restore. */
export interface ExplorerUrlState {
  entry: string | null;
  map: { latitude: number; longitude: number; zoom: number } | null;
  window: { start: number; end: number } | null;
  filterToWindow: boolean;
  filters: ExplorerFilters;
}

/** What narrows all three views at once. */
export interface ExplorerFilters {
  q: string;
  kinds: EntryKind[];
  countries: string[];
  /** Theme slugs. */
  tags: string[];
  /** Years, as typed ("1941", "-44"); empty for no bound. */
  after: string;
  before: string;
  comparable: boolean;
}

export const NO_FILTERS: ExplorerFilters = { q: "", kinds: [], countries: [], tags: [], after: "", before: "", comparable: false };

// Hand-written checks, not zod: this module ships to the browser, and zod would add 35 KB to every page.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^-?\d{1,4}$/;
const DAY = /^-?\d{4,}-\d{2}-\d{2}$/;

function numberIn(text: string | null, min: number, max: number): number | null {
  if (text === null || text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= min && value <= max ? value : null;
}

const matching = (text: string | null, pattern: RegExp): string | null => (text !== null && pattern.test(text) ? text : null);

/** "1942-01-05" or "-0044-03-15" to the first millisecond of that day (proleptic Gregorian, UTC). */
export function dayStart(text: string): number {
  const negative = text.startsWith("-");
  const [year, month, dayOfMonth] = (negative ? text.slice(1) : text).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(2000, month - 1, dayOfMonth));
  date.setUTCFullYear(negative ? -year : year);
  return date.getTime();
}

/** The parameters that name a view; any other (a campaign tag, say) leaves an address bare. */
const VIEW_PARAMETERS = [
  "entry",
  "lat",
  "lng",
  "z",
  "from",
  "to",
  "filter",
  "q",
  "kinds",
  "countries",
  "tags",
  "after",
  "before",
  "comparable",
];

/**
 * Whether the map shows only what happened in the timeline window. `filter=window` says on and
 * `filter=all` off; the explorer writes one or the other. Without it, the bare home page opens with
 * the map following the timeline, while an address naming a view opens with the map unfiltered:
 * links made before that was the default (their sender saw every entry on the map), and the links
 * other pages make to an entry or a search, whose entries may lie outside any one window.
 */
function filterToWindowOf(params: URLSearchParams): boolean {
  const filter = params.get("filter");
  if (filter === "window" || filter === "all") return filter === "window";
  return !VIEW_PARAMETERS.some((name) => params.has(name));
}

/** Reads what it can; a malformed parameter is dropped, never an error, so an old link still opens. */
export function parseExplorerUrlState(params: URLSearchParams): ExplorerUrlState {
  const entry = matching(params.get("entry"), SLUG);
  const lat = numberIn(params.get("lat"), -90, 90);
  const lng = numberIn(params.get("lng"), -180, 180);
  const zoom = numberIn(params.get("z"), 0, 22);
  const from = matching(params.get("from"), DAY);
  const to = matching(params.get("to"), DAY);
  const kinds = (params.get("kinds") ?? "").split(",").filter((k): k is EntryKind => (ENTRY_KINDS as readonly string[]).includes(k));
  const countries = (params.get("countries") ?? "").split(",").filter((c) => /^[A-Z]{2}$/.test(c));
  const tags = (params.get("tags") ?? "").split(",").filter((tag) => SLUG.test(tag));
  const after = matching(params.get("after"), YEAR);
  const before = matching(params.get("before"), YEAR);
  const window = from && to ? { start: dayStart(from), end: dayStart(to) } : null;
  return {
    entry,
    map: lat !== null && lng !== null && zoom !== null ? { latitude: lat, longitude: lng, zoom } : null,
    window: window && window.start < window.end ? window : null,
    filterToWindow: filterToWindowOf(params),
    filters: {
      q: (params.get("q") ?? "").trim().slice(0, 200),
      kinds,
      countries,
      tags,
      after: after ?? "",
      before: before ?? "",
      comparable: params.get("comparable") === "1",
    },
  };
}

export function serializeExplorerUrlState(state: ExplorerUrlState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.entry) params.set("entry", state.entry);
  if (state.map) {
    params.set("lat", state.map.latitude.toFixed(4));
    params.set("lng", state.map.longitude.toFixed(4));
    params.set("z", String(Math.round(state.map.zoom * 100) / 100));
  }
  if (state.window) {
    params.set("from", edtfDayOf(state.window.start));
    params.set("to", edtfDayOf(state.window.end));
  }
  params.set("filter", state.filterToWindow ? "window" : "all");
  const { filters } = state;
  if (filters.q) params.set("q", filters.q);
  if (filters.kinds.length) params.set("kinds", filters.kinds.join(","));
  if (filters.countries.length) params.set("countries", filters.countries.join(","));
  if (filters.tags.length) params.set("tags", filters.tags.join(","));
  if (filters.after) params.set("after", filters.after);
  if (filters.before) params.set("before", filters.before);
  if (filters.comparable) params.set("comparable", "1");
  return params;
}
