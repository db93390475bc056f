import type { ExplorerFilters } from "@/lib/url-state/explorer-url-state";

/** A typed year ("1941", "-44") as an EDTF year ("1941", "-0044"); null while it is not yet a year. */
export function edtfYear(text: string): string | null {
  const match = /^(-?)(\d{1,4})$/.exec(text);
  return match ? `${match[1]}${match[2]!.padStart(4, "0")}` : null;
}

/** The filters as the viewport and search APIs read them (both take the same parameters). */
export function appendFilterParams(params: URLSearchParams, filters: ExplorerFilters): void {
  if (filters.q) params.set("q", filters.q);
  if (filters.kinds.length) params.set("kinds", filters.kinds.join(","));
  if (filters.countries.length) params.set("countries", filters.countries.join(","));
  if (filters.tags.length) params.set("tags", filters.tags.join(","));
  const after = edtfYear(filters.after);
  const before = edtfYear(filters.before);
  if (after) params.set("after", after);
  if (before) params.set("before", before);
  if (filters.comparable) params.set("comparable", "1");
}

/** A box as "west,south,east,north", rounded so that a map moved by a pixel asks the same question. */
export function bboxParam(bounds: { west: number; south: number; east: number; north: number }): string {
  return [bounds.west, bounds.south, bounds.east, bounds.north].map((n) => n.toFixed(4)).join(",");
}
