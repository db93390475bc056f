import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Bumped by the database on every change to Entry (see the viewport_index and collection_version migrations). */
export async function collectionVersion(): Promise<number> {
  const [row] = await db.$queryRaw<{ version: number | bigint }[]>(Prisma.sql`SELECT "version" FROM "CollectionVersion" WHERE "id" = 1`);
  return Number(row?.version ?? 0);
}
