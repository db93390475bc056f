import { db } from "@/lib/db";
import type { SearchEntryFilters } from "@/lib/validation/search";
import { viewportWhere } from "@/lib/viewport";
import type { SearchHit } from "./find-search-hits";

/** Whether any filter narrows the search beyond its text. */
export function narrowsSearch(filters: SearchEntryFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined && !(Array.isArray(value) && value.length === 0));
}

/**
 * The hits that pass the explorer's filters, best first, at most `limit`: the same conditions as the
 * map and the timeline (`viewportWhere`), so a search result is never one the views leave out.
 */
export async function filterEntryHits(hits: SearchHit[], filters: SearchEntryFilters, limit: number): Promise<SearchHit[]> {
  if (hits.length === 0) return hits;
  const { after, before, ...rest } = filters;
  const kept = await db.entry.findMany({
    where: viewportWhere({ ...rest, from: after, to: before, ids: hits.map((hit) => hit.id), limit, locale: "en" }), // locale: the filter reads none
    select: { id: true },
  });
  const ids = new Set(kept.map((row) => row.id));
  return hits.filter((hit) => ids.has(hit.id)).slice(0, limit);
}
