"use client";

import { useEffect, useState } from "react";
import type { PlaceResult } from "@/lib/gazetteer/place-result";

// The search answers nothing for fewer letters (lib/gazetteer/search-places.ts MIN_QUERY_LETTERS).
const MIN_LETTERS = 2;

export type PlaceSearchState =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; query: string; places: PlaceResult[] }
  | { status: "failed" };

const TYPING_DELAY_MS = 250;
const LIMIT = 8;

/** Places for what is typed, asked of /api/v1/places once typing pauses; a newer query cancels an older request. */
export function usePlaceSearch(query: string, options: { locale: string; country?: string | null }): PlaceSearchState {
  const [state, setState] = useState<PlaceSearchState>({ status: "idle" });
  const { locale, country } = options;

  useEffect(() => {
    const q = query.trim();
    if (q.replace(/[^\p{L}\p{N}]/gu, "").length < MIN_LETTERS) {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: "searching" });
      const parameters = new URLSearchParams({ q, locale, limit: String(LIMIT) });
      if (country) parameters.set("country", country);
      try {
        const response = await fetch(`/api/v1/places?${parameters}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`places: ${response.status}`);
        const { places } = (await response.json()) as { places: PlaceResult[] };
        setState({ status: "done", query: q, places });
      } catch {
        if (!controller.signal.aborted) setState({ status: "failed" });
      }
    }, TYPING_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale, country]);

  return state;
}
