import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A value that changes whenever anything the public API and the exports show may have changed:
 * the collection version (bumped by the database on every change to an entry, and every save of
 * an entry's texts, links, sources or citations touches its row), plus what changes without
 * touching an entry: articles (their count and latest save), theme memberships, and tours (their
 * count, latest save, and the sum of their versions, which every edit and status move raises even
 * when two saves fall in the same millisecond).
 */
export async function contentStamp(): Promise<{ version: number; stamp: string }> {
  const [row] = await db.$queryRaw<
    {
      version: number | bigint | null;
      articles: number | bigint;
      changed: unknown;
      themes: number | bigint;
      tours: number | bigint;
      toursChanged: unknown;
      tourVersions: number | bigint | null;
    }[]
  >(
    Prisma.sql`SELECT
      (SELECT "version" FROM "CollectionVersion" WHERE "id" = 1) AS "version",
      (SELECT COUNT(*) FROM "Article") AS "articles",
      (SELECT MAX("updatedAt") FROM "Article") AS "changed",
      (SELECT COUNT(*) FROM "EntryTag") AS "themes",
      (SELECT COUNT(*) FROM "Tour") AS "tours",
      (SELECT MAX("updatedAt") FROM "Tour") AS "toursChanged",
      (SELECT SUM("version") FROM "Tour") AS "tourVersions"`,
  );
  const version = Number(row?.version ?? 0);
  const time = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? ""));
  const tours = `${row?.tours ?? 0}.${time(row?.toursChanged)}.${row?.tourVersions ?? 0}`;
  return { version, stamp: `${version}.${row?.articles ?? 0}.${time(row?.changed)}.${row?.themes ?? 0}.${tours}` };
}
