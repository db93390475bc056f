import type { TimeBucket } from "./viewport-result";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The Gregorian calendar's mean year (400 years are 146,097 days), so year buckets do not drift from the calendar. */
const YEAR = (146_097 * DAY) / 400;

/** At most this many buckets span a window: the narrowest width on the ladder that keeps to it is used. */
export const MAX_TIMELINE_BUCKETS = 100;

/**
 * Every bucket boundary is ORIGIN + index × width. Three days before 2000-01-01 puts each year and
 * month boundary 0.6–5 days before the 1st (the calendar's months and leap days wander that much
 * around an even grid), so entries dated to a year or a month, which start on the 1st, are counted
 * in the bucket that covers that year or month. Year multiples line up on 2000: decades, centuries.
 */
const ORIGIN = Date.UTC(2000, 0, 1) - 3 * DAY;

/** Below a year: steps of 2–3.5×, so a window of any width gets 29–100 buckets. */
const SHORT_WIDTHS = [HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, YEAR / 12, YEAR / 4, YEAR / 2];

/** 1, 2, 5, 10, 20, 50… years, as long as a window needs. */
function yearWidth(atLeast: number): number {
  for (let decade = 1; ; decade *= 10) {
    for (const step of [1, 2, 5]) if (step * decade * YEAR >= atLeast) return step * decade * YEAR;
  }
}

/** The buckets a window is cut into: a width from a fixed ladder and the indices of the first and last bucket it touches. */
export interface BucketGrid {
  width: number;
  firstIndex: number;
  lastIndex: number;
}

/**
 * The same width and index for the same span whatever window asked for it, so overlapping windows
 * share buckets (same id, start and end) and a drag adds and removes only buckets at its edges.
 */
export function bucketGrid(from: number, to: number): BucketGrid {
  const atLeast = (to - from) / MAX_TIMELINE_BUCKETS;
  const width = SHORT_WIDTHS.find((w) => w >= atLeast) ?? yearWidth(atLeast);
  return { width, firstIndex: bucketIndex(width, from), lastIndex: bucketIndex(width, to) };
}

/** The bucket a moment falls in (floored, so times before the origin and before year 1 work alike). */
export function bucketIndex(width: number, time: number): number {
  return Math.floor((time - ORIGIN) / width);
}

export function bucketStart(width: number, index: number): number {
  return ORIGIN + index * width;
}

export function timeBucket(width: number, index: number, count: number): TimeBucket {
  const start = bucketStart(width, index);
  return { id: `bucket:${width}:${index}`, start, end: start + width, count };
}
