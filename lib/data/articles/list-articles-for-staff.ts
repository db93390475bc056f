import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { type Page, pageOffset, type StaffListQuery, toPage } from "@/lib/paging/page";

export interface StaffArticleRow {
  id: string;
  slug: string;
  status: string;
  language: string;
  publisher: string | null;
  title: string;
  /** The language of `title`, which may be a fallback. */
  titleLocale: string;
  mentionCount: number;
  updatedAt: Date;
}

/** One page of the curation list: articles whatever their status (or of one status), last changed first, with the count. */
export async function listArticlesForStaff({ status, locale, page }: StaffListQuery): Promise<Page<StaffArticleRow>> {
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      select: {
        id: true,
        slug: true,
        status: true,
        language: true,
        publisher: true,
        updatedAt: true,
        translations: { select: { locale: true, title: true } },
        _count: { select: { mentions: true } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.article.count({ where }),
  ]);
  const items = rows.map(({ translations, _count, ...row }) => {
    const text = pickTranslation(translations, locale);
    return { ...row, title: text?.title ?? row.slug, titleLocale: text?.locale ?? locale, mentionCount: _count.mentions };
  });
  return toPage(items, page, total);
}
