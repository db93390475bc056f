"use client";

import { useEffect, useState } from "react";
import type { EntrySearchResult } from "@/lib/data/search/search-collection";
import type { ExplorerFilters } from "@/lib/url-state/explorer-url-state";
import { appendFilterParams, bboxParam } from "./filter-params";
import type { MapBounds } from "./types";

/** How many matches the explorer lists: the best ones, by the full-text index's rank. */
const RESULT_LIMIT = 30;

export interface CollectionSearch {
  /** Null while there is no search, or while its first answer is on its way. */
  entries: EntrySearchResult[] | null;
  error: boolean;
  /** True while the answer shown is not yet the one for the current search. */
  loading: boolean;
}

/** The search address for the explorer's filters, and for the map's box when only the view counts. */
export function collectionSearchUrl(filters: ExplorerFilters, bounds: MapBounds | null, locale: string): string | null {
  if (!filters.q) return null;
  const params = new URLSearchParams({ locale, limit: String(RESULT_LIMIT) });
  appendFilterParams(params, filters);
  if (bounds) params.set("bbox", bboxParam(bounds));
  return `/api/v1/search?${params}`;
}

/**
 * The entries across the whole collection that match the explorer's search and filters, not only
 * those in view (the views show those); refetched when the address changes, a stale answer ignored.
 */
export function useCollectionSearch(url: string | null): CollectionSearch {
  const [state, setState] = useState<Omit<CollectionSearch, "loading"> & { url: string | null }>({
    entries: null,
    error: false,
    url: null,
  });

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`Search failed: ${response.status}`);
        return response.json() as Promise<{ entries: EntrySearchResult[] }>;
      })
      .then(
        (body) => setState({ entries: body.entries, error: false, url }),
        () => {
          if (!controller.signal.aborted) setState({ entries: [], error: true, url });
        },
      );
    return () => controller.abort();
  }, [url]);

  // The previous answer stays up while the next one comes (no flicker as the visitor types).
  return url ? { entries: state.entries, error: state.error, loading: state.url !== url } : { entries: null, error: false, loading: false };
}
