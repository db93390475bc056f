"use client";

import { useLocale } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import { ENTRY_OPTIONS_LIMIT, ENTRY_OPTIONS_MAX } from "@/lib/validation/entry-options";

/** Which entries a picker may offer: staff choose among every status, visitors among published entries. */
export interface EntryOptionsScope {
  scope: "staff" | "public";
  kind?: string;
  /** Slugs already chosen: not offered again. */
  exclude?: readonly string[];
}

export type EntryOptionsState =
  | { status: "idle" }
  | { status: "searching"; text: string }
  | { status: "done"; text: string; options: EntryOption[] }
  | { status: "failed"; text: string };

const ENDPOINTS = { staff: "/api/v1/admin/entry-options", public: "/api/v1/entry-options" } as const;
/** Long enough that typing a word sends one request, short enough to feel immediate. */
const DEBOUNCE_MS = 250;

/**
 * Entries matching `text`, asked of the server once typing pauses; an answer for older text is
 * dropped. All matches come back (to name what was typed, even an excluded slug); `offered` leaves
 * out the excluded ones, asked for in addition so the list is never short.
 */
export function useEntryOptions(
  text: string,
  { scope, kind, exclude = [] }: EntryOptionsScope,
): EntryOptionsState & { offered: EntryOption[] } {
  const locale = useLocale();
  const [state, setState] = useState<EntryOptionsState>({ status: "idle" });
  const excluded = exclude.join(",");
  const limit = Math.min(ENTRY_OPTIONS_MAX, ENTRY_OPTIONS_LIMIT + exclude.length);

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setState({ status: "idle" });
      return;
    }
    setState({ status: "searching", text: query });
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q: query, locale, limit: String(limit) });
      if (kind) params.set("kind", kind);
      try {
        const response = await fetch(`${ENDPOINTS[scope]}?${params}`, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`status ${response.status}`);
        setState({ status: "done", text: query, options: (await response.json()) as EntryOption[] });
      } catch {
        if (!controller.signal.aborted) setState({ status: "failed", text: query });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, scope, kind, limit, locale]);

  return useMemo(() => {
    if (state.status !== "done") return { ...state, offered: [] };
    const left = new Set(excluded.split(","));
    return { ...state, offered: state.options.filter((option) => !left.has(option.slug)).slice(0, ENTRY_OPTIONS_LIMIT) };
  }, [state, excluded]);
}
