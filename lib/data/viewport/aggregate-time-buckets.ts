import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ViewportQuery } from "@/lib/validation/viewport";
import type { TimeBucket } from "./viewport-result";
import { splitAtAntimeridian, viewportDialect } from "./viewport-index-sql";

const DAY = 86_400_000;
export const TIMELINE_BUCKETS = 60;

interface BucketRow {
  b: number | bigint;
  n: number | bigint;
}

/** Counts published entries per equal span of the window, each counted where it starts (or at the window's start). */
export async function aggregateTimeBuckets(query: ViewportQuery & { from: number; to: number }): Promise<TimeBucket[]> {
  const widthDays = Math.max((query.to - query.from) / DAY / TIMELINE_BUCKETS, 1 / 24);
  const fromDay = query.from / DAY;
  const dialect = viewportDialect();
  const counts = new Map<number, number>();
  for (const box of splitAtAntimeridian(query.bbox)) {
    const rows = await db.$queryRaw<BucketRow[]>(Prisma.sql`
      SELECT ${dialect.cellIndex(dialect.atLeastZero(Prisma.sql`(${dialect.startDay} - ${fromDay}) / ${widthDays}`))} AS b, count(*) AS n
      FROM ${dialect.from}
      WHERE ${dialect.where(box, { ...query, require: "dates" })}
      GROUP BY b`);
    for (const row of rows) counts.set(Number(row.b), (counts.get(Number(row.b)) ?? 0) + Number(row.n));
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([index, count]) => {
      const start = query.from + index * widthDays * DAY;
      return { id: `bucket:${query.from}:${widthDays}:${index}`, start, end: Math.min(start + widthDays * DAY, query.to), count };
    });
}
