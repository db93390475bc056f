"use client";

import { useEffect, useRef } from "react";
import { type ExplorerUrlState, parseExplorerUrlState, serializeExplorerUrlState } from "@/lib/url-state/explorer-url-state";

const REPLACE_DELAY_MS = 300;

/** A history write waiting to be made: the latest address, and whether it starts a new step. */
interface PendingWrite {
  url: string;
  push: boolean;
}

/** Runs `write` after the next frame has been painted: a history write then delays no drawing. */
function afterNextPaint(write: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(write, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Keeps the address bar in step with the view. Choosing another entry adds a history step, so Back
 * returns to the previous one; a filter rewrites the current step, and moving the map or timeline
 * rewrites it once the movement settles. Every write waits until the views have painted (the
 * browser's history call is slow), and changes that come before it are folded into that one write.
 */
export function useUrlSync(state: ExplorerUrlState, restore: (state: ExplorerUrlState) => void): void {
  const lastEntry = useRef(state.entry);
  const filtersKey = JSON.stringify([state.filters, state.filterToWindow]);
  const lastFilters = useRef(filtersKey);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const pending = useRef<PendingWrite | null>(null);
  const cancelWrite = useRef<() => void>(() => undefined);
  const query = serializeExplorerUrlState(state).toString();

  useEffect(() => {
    const url = `${globalThis.location.pathname}${query ? `?${query}` : ""}`;
    const entryChanged = state.entry !== lastEntry.current;
    const filtersChanged = filtersKey !== lastFilters.current;
    lastEntry.current = state.entry;
    lastFilters.current = filtersKey;
    cancelWrite.current();
    if (url === `${globalThis.location.pathname}${globalThis.location.search}`) {
      pending.current = null;
      return;
    }
    const push = entryChanged || (pending.current?.push ?? false);
    pending.current = { url, push };
    const write = () => {
      const next = pending.current;
      pending.current = null;
      if (!next) return;
      if (next.push) globalThis.history.pushState(globalThis.history.state, "", next.url);
      else globalThis.history.replaceState(globalThis.history.state, "", next.url);
    };
    if (push || filtersChanged) cancelWrite.current = afterNextPaint(write);
    else {
      const timer = setTimeout(write, REPLACE_DELAY_MS);
      cancelWrite.current = () => clearTimeout(timer);
    }
  }, [query, state.entry, filtersKey]);

  // A write still waiting when the explorer goes (another page) is dropped: it would land on that page's step.
  useEffect(() => () => cancelWrite.current(), []);

  useEffect(() => {
    const onPopState = () => {
      cancelWrite.current();
      pending.current = null;
      const restored = parseExplorerUrlState(new URLSearchParams(globalThis.location.search));
      lastEntry.current = restored.entry;
      restoreRef.current(restored);
    };
    globalThis.addEventListener("popstate", onPopState);
    return () => globalThis.removeEventListener("popstate", onPopState);
  }, []);
}
