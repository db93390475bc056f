import type { Database } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldText } from "./fold-text";
import { textSkeleton } from "./skeleton";

type Tx = Pick<Database, "searchDocument" | "entryTranslation" | "articleTranslation">;

/** The translation fields an entry's search documents are made from. */
export const entrySearchTextSelect = {
  locale: true,
  title: true,
  aliases: true,
  summary: true,
  description: true,
  placeName: true,
  authors: true,
} as const;

/** The translation fields an article's search documents are made from. */
export const articleSearchTextSelect = { locale: true, title: true, bodyHtml: true } as const;

export type EntrySearchText = Prisma.EntryTranslationGetPayload<{ select: typeof entrySearchTextSelect }>;
type ArticleSearchText = Prisma.ArticleTranslationGetPayload<{ select: typeof articleSearchTextSelect }>;

/** One entry translation's search document (folded text and its transliterated skeleton). */
export function entrySearchDocument(entryId: string, t: EntrySearchText): Prisma.SearchDocumentCreateManyInput {
  return {
    entryId,
    locale: t.locale,
    title: foldText(t.title),
    aliases: foldText(t.aliases),
    body: foldText([t.summary, t.description, t.placeName, t.authors].filter(Boolean).join("\n")),
    skeleton: textSkeleton([t.title, t.aliases, t.placeName].join(" ")),
  };
}

/** The search documents of one entry, one per language, from its translations as stored; nothing is read or written. */
export function entrySearchDocuments(entryId: string, translations: readonly EntrySearchText[]): Prisma.SearchDocumentCreateManyInput[] {
  return translations.map((t) => entrySearchDocument(entryId, t));
}

/** One article translation's search document; its HTML is reduced to text first. */
export function articleSearchDocument(articleId: string, t: ArticleSearchText): Prisma.SearchDocumentCreateManyInput {
  return {
    articleId,
    locale: t.locale,
    title: foldText(t.title),
    body: foldText(htmlToText(t.bodyHtml)),
    skeleton: textSkeleton(t.title),
  };
}

/** Rewrites the search documents of one entry from its translations (one document per language). */
export async function writeEntrySearchDocuments(tx: Tx, entryId: string): Promise<void> {
  const translations = await tx.entryTranslation.findMany({ where: { entryId }, select: entrySearchTextSelect });
  await tx.searchDocument.deleteMany({ where: { entryId } });
  await tx.searchDocument.createMany({ data: translations.map((t) => entrySearchDocument(entryId, t)) });
}

/** Rewrites the search documents of one article. */
export async function writeArticleSearchDocuments(tx: Tx, articleId: string): Promise<void> {
  const translations = await tx.articleTranslation.findMany({ where: { articleId }, select: articleSearchTextSelect });
  await tx.searchDocument.deleteMany({ where: { articleId } });
  await tx.searchDocument.createMany({ data: translations.map((t) => articleSearchDocument(articleId, t)) });
}

export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h\d|li|blockquote)>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
