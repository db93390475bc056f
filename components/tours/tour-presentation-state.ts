"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { stepKeyAction } from "./presentation-steps";
import { usePresenterChannel } from "./presenter-channel";

/**
 * The step a window presenting a tour shows, shared by the projected window and the presenter view:
 * moved by the keys (a clicker's Page Up and Page Down among them), by the window's buttons (`go`)
 * and by the other window (through the presenter channel); kept in the address, so a reload stays.
 * `version` counts the moves, for the map and timeline to follow each one. Esc calls `onLeave`, when given.
 */
export function useTourPresentationState({
  slug,
  total,
  initialIndex,
  onLeave,
}: {
  slug: string;
  total: number;
  initialIndex: number;
  onLeave?: () => void;
}): { index: number; version: number; go: (to: number) => void } {
  const [index, setIndex] = useState(initialIndex);
  const [version, setVersion] = useState(0);
  const current = useRef(index);
  current.current = index;

  const move = useCallback(
    (to: number) => {
      const next = Math.min(Math.max(to, 0), total - 1);
      if (next === current.current) return false;
      current.current = next;
      setIndex(next);
      setVersion((v) => v + 1);
      return true;
    },
    [total],
  );
  const announce = usePresenterChannel(slug, () => current.current, move);
  const go = useCallback(
    (to: number) => {
      if (move(to)) announce(current.current);
    },
    [move, announce],
  );

  // The address follows the step, without a navigation: a reload (or a copied link) opens it again.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    params.set("step", String(index + 1));
    window.history.replaceState(window.history.state, "", `?${params}`);
  }, [index]);

  const leave = useRef(onLeave);
  leave.current = onLeave;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = stepKeyAction(event.key);
      if (!action || (action === "leave" && !leave.current)) return;
      event.preventDefault();
      if (action === "leave") leave.current?.();
      else if (action === "first") go(0);
      else if (action === "last") go(total - 1);
      else go(current.current + (action === "next" ? 1 : -1));
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [go, total]);

  return { index, version, go };
}
