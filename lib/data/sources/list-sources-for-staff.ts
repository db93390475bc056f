import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import { sourceTextCondition } from "./source-text-where";

export interface StaffSourceRow {
  key: string;
  title: string;
  url: string | null;
  publisher: string | null;
  language: string | null;
  /** Entries citing it for a fact or for one of their links. */
  entries: number;
  articles: number;
}

export interface StaffSourceQuery {
  page: PageRequest;
  /** Part of a title, publisher or web address. */
  text?: string;
  /** Only sources titled with nothing but their web address (an import's, when the row named none). */
  addressOnly?: boolean;
}

/** One page of the staff's list of sources, by title, with how many entries and articles cite each; never the whole table. */
export async function listSourcesForStaff({ page, text, addressOnly }: StaffSourceQuery): Promise<Page<StaffSourceRow>> {
  const conditions = [...(text?.trim() ? [sourceTextCondition(text)] : []), ...(addressOnly ? [Prisma.sql`"title" = "url"`] : [])];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [rows, [count]] = await Promise.all([
    // The key settles ties, so a row never appears on two pages or on none.
    db.$queryRaw<(Omit<StaffSourceRow, "entries" | "articles"> & { id: string })[]>(Prisma.sql`
      SELECT "id", "key", "title", "url", "publisher", "language" FROM "Source" ${where}
      ORDER BY "title", "key" LIMIT ${page.size + 1} OFFSET ${pageOffset(page)}`),
    db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "total" FROM "Source" ${where}`),
  ]);
  const counts = await countCiters(rows.slice(0, page.size).map((row) => row.id));
  const items = rows.map(({ id, ...row }) => ({ ...row, entries: counts.get(id)?.entries ?? 0, articles: counts.get(id)?.articles ?? 0 }));
  return toPage(items, page, Number(count?.total ?? 0));
}

/** Entries (by their citations and their links' sources) and articles citing each of these sources. */
async function countCiters(ids: string[]): Promise<Map<string, { entries: number; articles: number }>> {
  if (ids.length === 0) return new Map();
  const list = Prisma.join(ids);
  const rows = await db.$queryRaw<{ sourceId: string; entries: number | bigint; articles: number | bigint }[]>(Prisma.sql`
    SELECT "sourceId", COUNT(DISTINCT "entryId") AS "entries", COUNT(DISTINCT "articleId") AS "articles" FROM (
      SELECT "sourceId", "entryId", "articleId" FROM "Citation" WHERE "sourceId" IN (${list})
      UNION ALL
      SELECT "sourceId", "fromId" AS "entryId", NULL AS "articleId" FROM "EntryRelation" WHERE "sourceId" IN (${list})
    ) AS "citers"
    GROUP BY "sourceId"`);
  return new Map(rows.map((row) => [row.sourceId, { entries: Number(row.entries), articles: Number(row.articles) }]));
}
