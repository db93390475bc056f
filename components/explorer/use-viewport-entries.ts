"use client";

import { useEffect, useState } from "react";
import { flushSync } from "react-dom";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster, TimeBucket } from "@/lib/viewport";
import { fetchViewportCached } from "./viewport-cache";
import { type ViewportRequest, viewportUrl } from "./viewport-client";

export interface ViewportState {
  entries: EntrySummary[];
  clusters: MapCluster[];
  buckets: TimeBucket[];
  total: number;
  loading: boolean;
  error: string | null;
}

const EMPTY: ViewportState = { entries: [], clusters: [], buckets: [], total: 0, loading: true, error: null };

/**
 * Entries (or aggregates of them) for one view, refetched when the request's URL changes (so a
 * predicted view and the view it lands on share one request); a stale answer is ignored. `null` waits.
 */
export function useViewportEntries(request: ViewportRequest | null): ViewportState {
  // `url` is the request the data answers, so `loading` is known in the very render that changes the request.
  const [state, setState] = useState<ViewportState & { url: string | null }>({ ...EMPTY, url: null });
  const url = request ? viewportUrl(request) : null;

  useEffect(() => {
    if (!url) return;
    let stale = false;
    fetchViewportCached(url).then(
      (result) => {
        if (stale) return;
        // Rendered in this task: as a normal update it waited behind every frame of a zoom animation
        // (30-80 ms each on this machine) and the views were drawn only after the animation.
        flushSync(() =>
          setState({
            url,
            entries: result.mode === "buckets" ? [] : result.entries,
            clusters: result.mode === "clusters" ? result.clusters : [],
            buckets: result.mode === "buckets" ? result.buckets : [],
            total: result.total,
            loading: false,
            error: null,
          }),
        );
      },
      (error: unknown) => {
        if (stale) return;
        setState((previous) => ({ ...previous, url, loading: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      stale = true;
    };
  }, [url]);

  const { url: answered, ...data } = state;
  return { ...data, loading: answered !== url };
}
