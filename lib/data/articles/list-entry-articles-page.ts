import { db } from "@/lib/db";
import { type EntrySummary, entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import { PUBLISHED } from "../published";
import { type EntryArticleRef, entryArticleSelect, PUBLISHED_MENTION, toEntryArticleRef } from "./entry-article-ref";

/** Articles on one page of an entry's "all articles about it". */
export const ENTRY_ARTICLES_PAGE_SIZE = 50;

export interface EntryArticlesPage {
  entry: EntrySummary;
  total: number;
  page: number;
  pageCount: number;
  hasNext: boolean;
  articles: EntryArticleRef[];
}

/** One page of every published article about a published entry, latest first. Null for an entry that is not published, one no article is about, or a page past the end. */
export async function listEntryArticlesPage(input: { slug: string; locale: string; page: number }): Promise<EntryArticlesPage | null> {
  const row = await db.entry.findFirst({
    where: { slug: input.slug, status: PUBLISHED },
    select: { ...entrySummarySelect, _count: { select: { mentions: { where: PUBLISHED_MENTION } } } },
  });
  if (!row || row._count.mentions === 0) return null;
  const total = row._count.mentions;
  const pageCount = Math.ceil(total / ENTRY_ARTICLES_PAGE_SIZE);
  if (input.page > pageCount) return null;
  const mentions = await db.articleMention.findMany({
    where: { entryId: row.id, ...PUBLISHED_MENTION },
    orderBy: [{ article: { publishedEdtf: "desc" } }, { article: { slug: "asc" } }],
    skip: (input.page - 1) * ENTRY_ARTICLES_PAGE_SIZE,
    take: ENTRY_ARTICLES_PAGE_SIZE,
    select: { article: { select: entryArticleSelect } },
  });
  return {
    entry: toEntrySummary(row, input.locale),
    total,
    page: input.page,
    pageCount,
    hasNext: input.page < pageCount,
    articles: mentions.map(({ article }) => toEntryArticleRef(article, input.locale)),
  };
}
