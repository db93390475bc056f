import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ViewportQuery } from "@/lib/validation/viewport";
import { splitAtAntimeridian, viewportDialect } from "./viewport-dialect";

/** Up to `cap` ids of published entries in the viewport, found through the spatial index without sorting. */
export async function findEntryIds(query: ViewportQuery, cap: number): Promise<string[]> {
  const dialect = viewportDialect();
  const found: string[] = [];
  for (const box of splitAtAntimeridian(query.bbox)) {
    const rows = await db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT e."id" AS id FROM ${dialect.from} WHERE ${dialect.where(box, query)} LIMIT ${cap - found.length}`,
    );
    found.push(...rows.map((r) => r.id));
    if (found.length >= cap) break;
  }
  return found;
}
