import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { type LocalizedNote, noteColumns } from "@/lib/content/localized-note";
import { AppError } from "@/lib/errors/app-error";
import { articleBodyToHtml } from "@/lib/html/sanitize-article-html";
import { writeArticleSearchDocuments } from "@/lib/search/search-documents";
import type { Transaction } from "../transaction";

export interface ArticleFields {
  slug: string;
  publisher: string | null;
  originalTitle: string | null;
  originalUrl: string | null;
  publishedDate: string | null;
  language: ContentLocale;
  /** A language is stored only when it has a title. */
  translations: Partial<Record<ContentLocale, { title: string; excerpt: string; body: string }>>;
  mentions: { entrySlug: string; note: LocalizedNote }[];
}

/**
 * Writes an article's own fields, texts (bodies sanitized) and mentions, and its search documents.
 * Citations and images are not part of the form and are left as they are.
 */
export async function writeArticleFields(tx: Transaction, articleId: string, fields: ArticleFields): Promise<void> {
  const slugs = fields.mentions.map((m) => m.entrySlug);
  const entries = await tx.entry.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const found = new Set(entries.map((e) => e.slug));
  const missing = slugs.findIndex((s) => !found.has(s));
  if (missing >= 0)
    throw new AppError(
      "NOT_FOUND",
      { key: "noMentionedEntry", params: { slug: slugs[missing] ?? "" } },
      { field: `mentions.${missing}.entrySlug` },
    );

  await tx.article.update({
    where: { id: articleId },
    data: {
      slug: fields.slug,
      publisher: fields.publisher,
      originalTitle: fields.originalTitle,
      originalUrl: fields.originalUrl,
      publishedEdtf: fields.publishedDate,
      language: fields.language,
    },
  });
  await tx.articleTranslation.deleteMany({ where: { articleId } });
  await tx.articleTranslation.createMany({
    data: CONTENT_LOCALES.flatMap((locale) => {
      const text = fields.translations[locale];
      return text?.title ? [{ articleId, locale, title: text.title, excerpt: text.excerpt, bodyHtml: articleBodyToHtml(text.body) }] : [];
    }),
  });
  await tx.articleMention.deleteMany({ where: { articleId } });
  await tx.articleMention.createMany({
    data: fields.mentions.map((m) => ({ articleId, entryId: entries.find((e) => e.slug === m.entrySlug)!.id, ...noteColumns(m.note) })),
  });
  await writeArticleSearchDocuments(tx, articleId);
}
