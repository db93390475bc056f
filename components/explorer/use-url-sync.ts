"use client";

import { useEffect, useRef } from "react";
import { parseExplorerUrlState, serializeExplorerUrlState, type ExplorerUrlState } from "@/lib/url-state/explorer-url-state";

const REPLACE_DELAY_MS = 300;

/**
 * Keeps the address bar in step with the view. Choosing another entry adds a history step, so Back
 * returns to the previous one; a filter rewrites the current step at once, and moving the map or
 * timeline rewrites it once the movement settles.
 */
export function useUrlSync(state: ExplorerUrlState, restore: (state: ExplorerUrlState) => void): void {
  const lastEntry = useRef(state.entry);
  const filtersKey = JSON.stringify([state.filters, state.filterToWindow]);
  const lastFilters = useRef(filtersKey);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const query = serializeExplorerUrlState(state).toString();

  useEffect(() => {
    const url = `${globalThis.location.pathname}${query ? `?${query}` : ""}`;
    if (url === `${globalThis.location.pathname}${globalThis.location.search}`) return;
    if (state.entry !== lastEntry.current) {
      lastEntry.current = state.entry;
      globalThis.history.pushState(globalThis.history.state, "", url);
      return;
    }
    const replace = () => globalThis.history.replaceState(globalThis.history.state, "", url);
    if (filtersKey !== lastFilters.current) {
      lastFilters.current = filtersKey;
      replace();
      return;
    }
    const timer = setTimeout(replace, REPLACE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, state.entry, filtersKey]);

  useEffect(() => {
    const onPopState = () => {
      const restored = parseExplorerUrlState(new URLSearchParams(globalThis.location.search));
      lastEntry.current = restored.entry;
      restoreRef.current(restored);
    };
    globalThis.addEventListener("popstate", onPopState);
    return () => globalThis.removeEventListener("popstate", onPopState);
  }, []);
}
