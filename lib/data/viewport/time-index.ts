import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { versionedCache } from "./versioned-cache";
import { TIMELINE_BUCKETS } from "./aggregate-time-buckets";
import type { TimeBucket } from "./viewport-result";

interface TimeIndex {
  /** First and last millisecond of every published dated entry, each sorted on its own. */
  starts: Float64Array;
  ends: Float64Array;
}

const timeIndex = versionedCache("time", async (): Promise<TimeIndex> => {
  const rows = await db.$queryRaw<{ startTime: number; endTime: number }[]>(Prisma.sql`
    SELECT "startTime", "endTime" FROM "Entry" WHERE "status" = 'published' AND "startTime" IS NOT NULL AND "endTime" IS NOT NULL`);
  return {
    starts: Float64Array.from(rows, (r) => Number(r.startTime)).sort(),
    ends: Float64Array.from(rows, (r) => Number(r.endTime)).sort(),
  };
});

/** How many values in a sorted array are below `value`. */
function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The unfiltered timeline from memory: how many published entries overlap the window, and their
 * count per span (each counted where it starts, or in the first span if it began earlier) — the
 * same answer as the database aggregate, in binary searches instead of a scan.
 */
export async function timelineFromMemory(from: number, to: number, version?: number): Promise<{ total: number; buckets: () => TimeBucket[] }> {
  const { starts, ends } = await timeIndex(version);
  const startedBefore = (t: number) => countBelow(starts, t);
  const endedBefore = countBelow(ends, from);
  const total = startedBefore(to + 1) - endedBefore;
  return {
    total,
    buckets: () => {
      const width = Math.max((to - from) / TIMELINE_BUCKETS, 3_600_000);
      const buckets: TimeBucket[] = [];
      for (let index = 0; from + index * width <= to; index++) {
        const start = from + index * width;
        const end = Math.min(start + width, to);
        const lower = index === 0 ? startedBefore(start) - endedBefore : 0;
        const count = startedBefore(Math.min(start + width, to + 1)) - startedBefore(start) + lower;
        if (count > 0) buckets.push({ id: `bucket:${from}:${width}:${index}`, start, end, count });
      }
      return buckets;
    },
  };
}
