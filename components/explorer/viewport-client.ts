import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { edtfDayOf } from "@/lib/dates/edtf-text";
import type { ExplorerFilters } from "@/lib/url-state/explorer-url-state";
import type { ViewportResult } from "@/lib/viewport";
import { appendFilterParams, bboxParam } from "./filter-params";
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

export function viewportUrl(request: ViewportRequest): string {
  const params = new URLSearchParams({ locale: request.locale });
  if (request.bounds) params.set("bbox", bboxParam(request.bounds));
  if (request.window) {
    params.set("from", edtfDayOf(request.window.start));
    params.set("to", edtfDayOf(request.window.end));
  }
  if (request.require) params.set("require", request.require);
  if (request.filters) appendFilterParams(params, request.filters);
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
