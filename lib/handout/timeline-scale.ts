/** Where dated items and year ticks fall on a timeline strip `width` units long. */
export interface TimelineScale {
  x: (time: number) => number;
  ticks: { x: number; year: number }[];
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

function yearStart(year: number): number {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date.getTime();
}

/**
 * A linear scale over the items' span (padded by a twentieth, and at least a year wide) with year
 * ticks at a round step that gives at most `maxTicks` labels; null when nothing is dated.
 */
export function timelineScale(spans: { start: number; end: number }[], width: number, maxTicks = 8): TimelineScale | null {
  if (spans.length === 0) return null;
  const [first, last] = [Math.min(...spans.map((span) => span.start)), Math.max(...spans.map((span) => span.end))];
  const year = yearStart(2001) - yearStart(2000);
  const pad = Math.max((last - first) / 20, year / 2);
  const [from, to] = [first - pad, last + pad];
  const x = (time: number) => ((time - from) / (to - from)) * width;
  const [firstYear, lastYear] = [new Date(from).getUTCFullYear(), new Date(to).getUTCFullYear()];
  const step =
    YEAR_STEPS.find((candidate) => (lastYear - firstYear) / candidate <= maxTicks) ??
    1000 * Math.ceil((lastYear - firstYear) / maxTicks / 1000);
  const ticks: TimelineScale["ticks"] = [];
  for (let tick = Math.ceil(firstYear / step) * step; tick <= lastYear; tick += step) {
    const time = yearStart(tick);
    if (time >= from && time <= to) ticks.push({ x: x(time), year: tick });
  }
  return { x, ticks };
}
