import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ViewportQuery } from "@/lib/validation/viewport";
import { indexConditions, indexFrom, splitAtAntimeridian } from "./viewport-index-sql";

/** Up to `cap` ids of published entries in the viewport, found through the R*Tree without sorting. */
export async function findEntryIds(query: ViewportQuery, cap: number): Promise<string[]> {
  const found: string[] = [];
  for (const box of splitAtAntimeridian(query.bbox)) {
    const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
      SELECT e."id" AS id FROM ${indexFrom({ ...query, kinds: undefined })} JOIN "Entry" e ON e.rowid = r."entryRowid"
      WHERE ${indexConditions(box, query)} LIMIT ${cap - found.length}`);
    found.push(...rows.map((r) => r.id));
    if (found.length >= cap) break;
  }
  return found;
}

/** How many published entries are in the viewport (a full index scan of the matches). */
export async function countEntries(query: ViewportQuery): Promise<number> {
  let total = 0;
  for (const box of splitAtAntimeridian(query.bbox)) {
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>(
      Prisma.sql`SELECT count(*) AS n FROM ${indexFrom(query)} WHERE ${indexConditions(box, query)}`,
    );
    total += Number(row?.n ?? 0);
  }
  return total;
}
