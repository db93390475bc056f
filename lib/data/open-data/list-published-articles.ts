import { pickTranslation } from "@/lib/content/pick-translation";
import { formatHistoricalDate, parseHistoricalDate } from "@/lib/dates";
import { db } from "@/lib/db";
import type { ArticleListItem } from "@/lib/open-data/schemas/article-schemas";
import { PUBLISHED } from "../published";

export interface ArticlePage {
  articles: ArticleListItem[];
  nextAfter: string | null;
}

/** One page of published articles in id order after `after`, optionally only those about one entry. */
export async function listPublishedArticles(input: {
  entry?: string;
  locale: string;
  after: string | null;
  limit: number;
  pageUrl: (slug: string) => string;
}): Promise<ArticlePage> {
  const rows = await db.article.findMany({
    where: {
      status: PUBLISHED,
      ...(input.after === null ? {} : { id: { gt: input.after } }),
      ...(input.entry ? { mentions: { some: { entry: { slug: input.entry, status: PUBLISHED } } } } : {}),
    },
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: {
      id: true,
      slug: true,
      publisher: true,
      originalTitle: true,
      originalUrl: true,
      publishedEdtf: true,
      language: true,
      translations: { select: { locale: true, title: true, excerpt: true } },
      mentions: {
        where: { entry: { status: PUBLISHED } },
        select: { entry: { select: { slug: true } } },
        orderBy: { entry: { slug: "asc" } },
      },
    },
  });
  const page = rows.slice(0, input.limit);
  return {
    articles: page.map((row) => {
      const text = pickTranslation(row.translations, input.locale);
      return {
        slug: row.slug,
        title: text?.title ?? row.slug,
        titleLocale: text?.locale ?? input.locale,
        publisher: row.publisher,
        originalTitle: row.originalTitle,
        originalUrl: row.originalUrl,
        date: row.publishedEdtf,
        dateLabel: row.publishedEdtf ? formatHistoricalDate(parseHistoricalDate(row.publishedEdtf), input.locale) : null,
        language: row.language,
        excerpt: text?.excerpt ?? "",
        about: row.mentions.map((m) => m.entry.slug),
        url: input.pageUrl(row.slug),
      };
    }),
    nextAfter: rows.length > input.limit ? page[page.length - 1]!.id : null,
  };
}
