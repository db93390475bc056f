import type { TimeWindow } from "@/components/explorer/types";

/**
 * While the visitor drags or wheels, a window is passed on once its edges have moved this share of
 * its width from the last one passed on. The explorer loads a window's width on either side of it,
 * so the next answer is asked for while the view is still well inside the data already drawn.
 */
export const FOLLOW_SHARE = 0.25;

/** Whether `next` has left `last` far enough that its data should be asked for. */
export function movedPastShare(last: TimeWindow, next: TimeWindow, share = FOLLOW_SHARE): boolean {
  const step = (next.end - next.start) * share;
  return Math.abs(next.start - last.start) >= step || Math.abs(next.end - last.end) >= step;
}

/** Tells the explorer where the timeline is, never twice the same window in a row. */
export class WindowReporter {
  /** `opening` is the window the explorer already has (the timeline opens on it). */
  constructor(
    private readonly send: (window: TimeWindow) => void,
    private last: TimeWindow | null = null,
  ) {}

  /** A window the timeline has settled on (or is heading for). */
  report(window: TimeWindow): void {
    if (this.last && this.last.start === window.start && this.last.end === window.end) return;
    this.last = window;
    this.send(window);
  }

  /** A window passed through during a drag or a wheel zoom: reported only when its data may run out. */
  follow(window: TimeWindow): void {
    if (this.last && !movedPastShare(this.last, window)) return;
    this.report(window);
  }
}
