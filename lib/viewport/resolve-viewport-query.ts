import { findSearchHits } from "@/lib/data/search/find-search-hits";
import type { ViewportQuery } from "@/lib/validation/viewport";
import { collectionVersion } from "./caches/collection-version";

/**
 * The query with its search resolved to entry ids and its date-range filter folded into the window,
 * and the collection version its in-memory indexes are read at (read once per query).
 */
export type ResolvedViewportQuery = Omit<ViewportQuery, "q" | "after" | "before"> & { ids?: string[]; version: number };

/** The most matches of a text search that filter a view: the best ones, by the full-text index's rank. */
const SEARCH_CANDIDATES = 2000;

export async function resolveViewportQuery(query: ViewportQuery, knownVersion: number | undefined): Promise<ResolvedViewportQuery> {
  const { q, after, before, ...rest } = query;
  const version = knownVersion ?? (await collectionVersion());
  const from = [rest.from, after].filter((t): t is number => t !== undefined);
  const to = [rest.to, before].filter((t): t is number => t !== undefined);
  const ids = q ? (await findSearchHits("entry", q, SEARCH_CANDIDATES)).map((hit) => hit.id) : undefined;
  return {
    ...rest,
    from: from.length ? Math.max(...from) : undefined,
    to: to.length ? Math.min(...to) : undefined,
    ...(ids ? { ids } : {}),
    version,
  };
}
