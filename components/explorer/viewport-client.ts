import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { edtfDayOf } from "@/lib/dates/edtf-text";
import type { ExplorerFilters } from "@/lib/url-state/explorer-url-state";
import type { ViewportResult } from "@/lib/viewport";
import type { MapBounds, TimeWindow } from "./types";

export interface ViewportRequest {
  bounds?: MapBounds;
  window?: TimeWindow;
  require?: "coordinates" | "dates";
  aggregate?: "map" | "timeline";
  filters?: ExplorerFilters;
  zoom?: number;
  limit?: number;
  locale: string;
}

export type ViewportResponse = ViewportResult;

const round = (n: number) => n.toFixed(4);

/** A typed year ("1941", "-44") as an EDTF year ("1941", "-0044"); null while it is not yet a year. */
export function edtfYear(text: string): string | null {
  const match = /^(-?)(\d{1,4})$/.exec(text);
  return match ? `${match[1]}${match[2]!.padStart(4, "0")}` : null;
}

export function viewportUrl(request: ViewportRequest): string {
  const params = new URLSearchParams({ locale: request.locale });
  if (request.bounds) {
    const { west, south, east, north } = request.bounds;
    params.set("bbox", [west, south, east, north].map(round).join(","));
  }
  if (request.window) {
    params.set("from", edtfDayOf(request.window.start));
    params.set("to", edtfDayOf(request.window.end));
  }
  if (request.require) params.set("require", request.require);
  const filters = request.filters;
  if (filters?.q) params.set("q", filters.q);
  if (filters?.kinds.length) params.set("kinds", filters.kinds.join(","));
  if (filters?.countries.length) params.set("countries", filters.countries.join(","));
  if (filters?.tags.length) params.set("tags", filters.tags.join(","));
  const after = filters ? edtfYear(filters.after) : null;
  const before = filters ? edtfYear(filters.before) : null;
  if (after) params.set("after", after);
  if (before) params.set("before", before);
  if (filters?.comparable) params.set("comparable", "1");
  if (request.aggregate) params.set("aggregate", request.aggregate);
  if (request.zoom !== undefined) params.set("zoom", String(Math.round(request.zoom)));
  if (request.limit !== undefined) params.set("limit", String(request.limit));
  return `/api/v1/viewport?${params}`;
}

export async function fetchViewport(url: string, signal: AbortSignal): Promise<ViewportResponse> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Viewport request failed: ${response.status}`);
  return (await response.json()) as ViewportResponse;
}

export async function fetchEntryDetail(slug: string, locale: string, signal: AbortSignal): Promise<EntryDetail | null> {
  const response = await fetch(`/api/v1/entries/${encodeURIComponent(slug)}?locale=${locale}`, { signal });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Entry request failed: ${response.status}`);
  return (await response.json()) as EntryDetail;
}
