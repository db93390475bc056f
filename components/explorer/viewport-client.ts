import type { ViewportResult } from "@/lib/data/viewport/viewport-result";
import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { edtfDayOf } from "@/lib/dates/edtf-text";
import type { MapBounds, TimeWindow } from "./types";

export interface ViewportRequest {
  bounds?: MapBounds;
  window?: TimeWindow;
  require?: "coordinates" | "dates";
  aggregate?: "map" | "timeline";
  kinds?: readonly string[];
  zoom?: number;
  limit?: number;
  locale: string;
}

export type ViewportResponse = ViewportResult;

const round = (n: number) => n.toFixed(4);

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
  if (request.kinds?.length) params.set("kinds", request.kinds.join(","));
  if (request.aggregate) params.set("aggregate", request.aggregate);
  if (request.zoom !== undefined) params.set("zoom", String(Math.round(request.zoom)));
  if (request.limit !== undefined) params.set("limit", String(request.limit));
  return `/api/v1/viewport?${params}`;
}

export async function fetchViewport(request: ViewportRequest, signal: AbortSignal): Promise<ViewportResponse> {
  const response = await fetch(viewportUrl(request), { signal });
  if (!response.ok) throw new Error(`Viewport request failed: ${response.status}`);
  return (await response.json()) as ViewportResponse;
}

export async function fetchEntryDetail(slug: string, locale: string, signal: AbortSignal): Promise<EntryDetail | null> {
  const response = await fetch(`/api/v1/entries/${encodeURIComponent(slug)}?locale=${locale}`, { signal });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Entry request failed: ${response.status}`);
  return (await response.json()) as EntryDetail;
}
