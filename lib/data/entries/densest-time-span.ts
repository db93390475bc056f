import { type EntryIndex, entryIndex } from "@/lib/viewport";

const DAY = 24 * 60 * 60 * 1000;
/**
 * How wide a span the explorer's timeline opens on: on a 1280 px screen a month is then about 20 px,
 * so the title of a battle of half a year fits in its bar, and the years around it share the screen.
 */
const OPENING_SPAN_WIDTH = 5 * 365.25 * DAY;
/** Room either side of what the span frames, so that no entry begins or ends on the window's edge. */
const MARGIN_SHARE = 0.05;
/** The narrowest span opened on: a collection of a single day still shows the months around it. */
const MIN_WIDTH = 365.25 * DAY;

export interface TimeSpan {
  start: number;
  end: number;
}

const byIndex = new WeakMap<EntryIndex, TimeSpan | null>();

/**
 * Where the explorer's timeline opens when the address names no window: among all spans
 * OPENING_SPAN_WIDTH wide, the (earliest) one in which the most published entries begin, framed
 * from the first of them to the latest end among them (no wider than OPENING_SPAN_WIDTH), with a
 * margin, in whole days (the address keeps days). Null when no published entry has a date. One pass
 * over the in-memory entry index (sorted by start), once per collection version.
 */
export async function densestTimeSpan(): Promise<TimeSpan | null> {
  const index = await entryIndex();
  let span = byIndex.get(index);
  if (span === undefined) {
    span = densestSpanOf(index);
    byIndex.set(index, span);
  }
  return span;
}

function densestSpanOf({ start, end }: EntryIndex): TimeSpan | null {
  // Undated entries come first in the index, as NaN.
  let first = 0;
  while (first < start.length && Number.isNaN(start[first]!)) first++;
  if (first === start.length) return null;
  let best = first;
  let count = 0;
  for (let i = first, next = first; i < start.length; i++) {
    while (next < start.length && start[next]! < start[i]! + OPENING_SPAN_WIDTH) next++;
    if (next - i > count) {
      best = i;
      count = next - i;
    }
  }
  const from = start[best]!;
  let to = from;
  for (let i = best; i < best + count; i++) if (end[i]! > to) to = end[i]!;
  to = Math.min(to, from + OPENING_SPAN_WIDTH);
  const width = Math.max(to - from, MIN_WIDTH);
  const margin = width * MARGIN_SHARE;
  const centre = (from + to) / 2;
  return {
    start: Math.floor((centre - width / 2 - margin) / DAY) * DAY,
    end: Math.ceil((centre + width / 2 + margin) / DAY) * DAY,
  };
}
