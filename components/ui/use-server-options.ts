"use client";

import { useEffect, useState } from "react";

export type ServerOptionsState<Option> =
  | { status: "idle" }
  | { status: "searching"; text: string }
  | { status: "done"; text: string; options: Option[] }
  | { status: "failed"; text: string };

/** Long enough that typing a word sends one request, short enough to feel immediate. */
const DEBOUNCE_MS = 250;

/**
 * A picker's matches for `text`, asked of the server (`urlFor(text)`) once typing pauses; an answer
 * for older text is dropped. `key` names everything else the address depends on, so a change of it
 * asks again.
 */
export function useServerOptions<Option>(text: string, urlFor: (text: string) => string, key: string): ServerOptionsState<Option> {
  const [state, setState] = useState<ServerOptionsState<Option>>({ status: "idle" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: urlFor is a new function every render; `key` stands for what it depends on
  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setState({ status: "idle" });
      return;
    }
    setState({ status: "searching", text: query });
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(urlFor(query), { signal: controller.signal, headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`status ${response.status}`);
        setState({ status: "done", text: query, options: (await response.json()) as Option[] });
      } catch {
        if (!controller.signal.aborted) setState({ status: "failed", text: query });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, key]);
  return state;
}
