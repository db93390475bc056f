import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";

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

/** Every article whatever its status, for the curation list; optionally only one status (the review queue). */
export async function listArticlesForStaff({ status, locale }: { status?: string; locale: string }): Promise<StaffArticleRow[]> {
  const rows = await db.article.findMany({
    where: status ? { status } : {},
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
    orderBy: { updatedAt: "desc" },
    take: 1000,
  });
  return rows.map(({ translations, _count, ...row }) => {
    const text = pickTranslation(translations, locale);
    return { ...row, title: text?.title ?? row.slug, titleLocale: text?.locale ?? locale, mentionCount: _count.mentions };
  });
}
