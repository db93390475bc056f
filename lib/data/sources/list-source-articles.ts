import { db } from "@/lib/db";
import { type Page, pageOffset, toPage } from "@/lib/paging/page";
import { type SourceCiter, type SourceCitersQuery, toSourceCiter } from "./list-source-entries";

/** One page of the articles citing a source, by slug, whatever their status. */
export async function listSourceArticles({ sourceId, locale, page }: SourceCitersQuery): Promise<Page<SourceCiter>> {
  const where = { citations: { some: { sourceId } } };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      select: { slug: true, status: true, translations: { select: { locale: true, title: true } } },
      orderBy: { slug: "asc" },
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.article.count({ where }),
  ]);
  return toPage(
    rows.map((row) => toSourceCiter(row, locale)),
    page,
    total,
  );
}
