"use client";

import { useCallback, useEffect, useRef } from "react";

/** What the windows presenting one tour tell each other. */
type Message = { type: "step"; index: number } | { type: "hello" };

/**
 * Keeps the windows presenting one tour (the projected one and the presenter view) on the same step,
 * whichever of them moved: each posts the step it moved to on a BroadcastChannel named for the tour,
 * and a window that opens asks the others where they are. Same-origin windows only, no server.
 * Returns `announce`, to call after a move made in this window; `onStep` is called for moves made in another.
 */
export function usePresenterChannel(slug: string, current: () => number, onStep: (index: number) => void): (index: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef({ current, onStep });
  latest.current = { current, onStep };

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const opened = new BroadcastChannel(`tour-presentation:${slug}`);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.type === "hello") opened.postMessage({ type: "step", index: latest.current.current() } satisfies Message);
      else if (message.type === "step" && Number.isInteger(message.index)) latest.current.onStep(message.index);
    };
    opened.postMessage({ type: "hello" } satisfies Message);
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [slug]);

  return useCallback((index: number) => channel.current?.postMessage({ type: "step", index } satisfies Message), []);
}
