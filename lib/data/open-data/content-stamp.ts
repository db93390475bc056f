import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A value that changes whenever anything the public API and the exports show may have changed:
 * the collection version (bumped by the database on every change to an entry, and every save of
 * an entry's texts, links, sources or citations touches its row), plus what changes without
 * touching an entry: articles (their count and latest save) and theme memberships.
 */
export async function contentStamp(): Promise<{ version: number; stamp: string }> {
  const [row] = await db.$queryRaw<
    { version: number | bigint | null; articles: number | bigint; changed: unknown; themes: number | bigint }[]
  >(
    Prisma.sql`SELECT
      (SELECT "version" FROM "CollectionVersion" WHERE "id" = 1) AS "version",
      (SELECT COUNT(*) FROM "Article") AS "articles",
      (SELECT MAX("updatedAt") FROM "Article") AS "changed",
      (SELECT COUNT(*) FROM "EntryTag") AS "themes"`,
  );
  const version = Number(row?.version ?? 0);
  const changed = row?.changed instanceof Date ? row.changed.toISOString() : String(row?.changed ?? "");
  return { version, stamp: `${version}.${row?.articles ?? 0}.${changed}.${row?.themes ?? 0}` };
}
