import { pickTranslation } from "@/lib/content/pick-translation";
import { formatHistoricalDate, parseHistoricalDate } from "@/lib/dates";
import { PUBLISHED } from "../published";

/** An article about an entry, as the entry's pages list it. */
export interface EntryArticleRef {
  slug: string;
  title: string;
  publisher: string | null;
  dateLabel: string | null;
}

/** A mention by a published article. */
export const PUBLISHED_MENTION = { article: { status: PUBLISHED } } as const;

export const entryArticleSelect = {
  slug: true,
  publisher: true,
  publishedEdtf: true,
  translations: { select: { locale: true, title: true } },
} as const;

export function toEntryArticleRef(
  article: { slug: string; publisher: string | null; publishedEdtf: string | null; translations: { locale: string; title: string }[] },
  locale: string,
): EntryArticleRef {
  const title = pickTranslation(article.translations, locale);
  return {
    slug: article.slug,
    title: title?.title ?? article.slug,
    publisher: article.publisher,
    dateLabel: article.publishedEdtf ? formatHistoricalDate(parseHistoricalDate(article.publishedEdtf), locale) : null,
  };
}
