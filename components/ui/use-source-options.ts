"use client";

import { useEffect, useState } from "react";
import type { SourceOption } from "@/lib/data/sources/source-option";
import { SOURCE_OPTIONS_LIMIT } from "@/lib/validation/source";

export type SourceOptionsState =
  | { status: "idle" }
  | { status: "searching"; text: string }
  | { status: "done"; text: string; options: SourceOption[] }
  | { status: "failed"; text: string };

/** Long enough that typing a word sends one request, short enough to feel immediate. */
const DEBOUNCE_MS = 250;

/** Sources matching `text`, asked of the server once typing pauses; an answer for older text is dropped. */
export function useSourceOptions(text: string): SourceOptionsState {
  const [state, setState] = useState<SourceOptionsState>({ status: "idle" });
  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setState({ status: "idle" });
      return;
    }
    setState({ status: "searching", text: query });
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q: query, limit: String(SOURCE_OPTIONS_LIMIT) });
      try {
        const response = await fetch(`/api/v1/admin/source-options?${params}`, {
          signal: controller.signal,
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(`status ${response.status}`);
        setState({ status: "done", text: query, options: (await response.json()) as SourceOption[] });
      } catch {
        if (!controller.signal.aborted) setState({ status: "failed", text: query });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text]);
  return state;
}
