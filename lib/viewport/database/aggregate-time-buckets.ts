import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ViewportQuery } from "@/lib/validation/viewport";
import { bucketGrid, bucketStart, timeBucket } from "../time-bucket-ladder";
import type { TimeBucket } from "../viewport-result";
import { splitAtAntimeridian, viewportDialect } from "./viewport-dialect";

const DAY = 86_400_000;

interface BucketRow {
  b: number | bigint;
  n: number | bigint;
}

/**
 * Counts published entries in the window per bucket of the fixed ladder (time-bucket-ladder.ts),
 * each counted in the bucket where it starts, or in the window's first bucket if it started before
 * that; the edge buckets may reach past the window. The same answer as timelineFromMemory.
 */
export async function aggregateTimeBuckets(query: ViewportQuery & { from: number; to: number }): Promise<TimeBucket[]> {
  const { width, firstIndex } = bucketGrid(query.from, query.to);
  const firstStart = bucketStart(width, firstIndex);
  const dialect = viewportDialect();
  // In whole milliseconds, rounded back from days, so an entry on a boundary is placed exactly as in memory.
  const startTime = Prisma.sql`round(${dialect.startDay} * ${DAY})`;
  const counts = new Map<number, number>();
  for (const box of splitAtAntimeridian(query.bbox)) {
    const rows = await db.$queryRaw<BucketRow[]>(Prisma.sql`
      SELECT ${dialect.cellIndex(dialect.atLeastZero(Prisma.sql`(${startTime} - ${firstStart}) / ${width}`))} AS b, count(*) AS n
      FROM ${dialect.from}
      WHERE ${dialect.where(box, { ...query, require: "dates" })}
      GROUP BY b`);
    for (const row of rows) counts.set(Number(row.b), (counts.get(Number(row.b)) ?? 0) + Number(row.n));
  }
  return [...counts].sort(([a], [b]) => a - b).map(([offset, count]) => timeBucket(width, firstIndex + offset, count));
}
