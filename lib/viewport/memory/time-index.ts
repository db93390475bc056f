import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { versionedCache } from "../caches/versioned-cache";
import { bucketGrid, bucketStart, timeBucket } from "../time-bucket-ladder";
import type { TimeBucket } from "../viewport-result";

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
 * count per bucket of the fixed ladder (each counted where it starts, or in the window's first
 * bucket if it started before that) — the same answer as the database aggregate, in binary
 * searches instead of a scan.
 */
export async function timelineFromMemory(
  from: number,
  to: number,
  version?: number,
): Promise<{ total: number; buckets: () => TimeBucket[] }> {
  const { starts, ends } = await timeIndex(version);
  const startedBefore = (t: number) => countBelow(starts, t);
  const endedBefore = countBelow(ends, from);
  const total = startedBefore(to + 1) - endedBefore;
  return {
    total,
    buckets: () => {
      const { width, firstIndex, lastIndex } = bucketGrid(from, to);
      const buckets: TimeBucket[] = [];
      // Everything in the window that started before a bucket's end, less what the earlier buckets hold.
      let counted = endedBefore;
      for (let index = firstIndex; index <= lastIndex; index++) {
        const startedInOrBefore = startedBefore(Math.min(bucketStart(width, index + 1), to + 1));
        if (startedInOrBefore > counted) buckets.push(timeBucket(width, index, startedInOrBefore - counted));
        counted = startedInOrBefore;
      }
      return buckets;
    },
  };
}
