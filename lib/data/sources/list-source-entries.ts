import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";

export interface SourceCiter {
  slug: string;
  title: string;
  /** The language of `title`, which may be a fallback. */
  titleLocale: string;
  status: string;
}

/** Which page of the records citing a source, titled in which language. */
export interface SourceCitersQuery {
  sourceId: string;
  locale: string;
  page: PageRequest;
}

/** One page of the entries citing a source, for a fact or for one of their links, by slug, whatever their status. */
export async function listSourceEntries({ sourceId, locale, page }: SourceCitersQuery): Promise<Page<SourceCiter>> {
  const citing = Prisma.sql`SELECT "entryId" FROM "Citation" WHERE "sourceId" = ${sourceId} AND "entryId" IS NOT NULL
    UNION SELECT "fromId" FROM "EntryRelation" WHERE "sourceId" = ${sourceId}`;
  const [ids, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT "id" FROM "Entry" WHERE "id" IN (${citing})
      ORDER BY "slug" LIMIT ${page.size + 1} OFFSET ${pageOffset(page)}`),
    db.$queryRaw<{ total: number | bigint }[]>(Prisma.sql`SELECT COUNT(*) AS "total" FROM (${citing}) AS "citing"`),
  ]);
  const rows = await db.entry.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: { slug: true, status: true, translations: { select: { locale: true, title: true } } },
    orderBy: { slug: "asc" },
  });
  // The extra row read only says a next page exists; findMany returns it too, and toPage trims it.
  return toPage(
    rows.map((row) => toSourceCiter(row, locale)),
    page,
    Number(count?.total ?? 0),
  );
}

/** A citing entry or article named in the reader's language, or else another. */
export function toSourceCiter(
  { translations, ...row }: { slug: string; status: string; translations: { locale: string; title: string }[] },
  locale: string,
): SourceCiter {
  const text = pickTranslation(translations, locale);
  return { ...row, title: text?.title || row.slug, titleLocale: text?.locale ?? locale };
}
