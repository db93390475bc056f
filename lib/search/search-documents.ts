import type { Database } from "@/lib/db";
import { foldText } from "./fold-text";
import { textSkeleton } from "./skeleton";

type Tx = Pick<Database, "searchDocument" | "entryTranslation" | "articleTranslation">;

/** What an entry's search documents are made from: its translations as stored (aliases one per line). */
export interface EntrySearchText {
  locale: string;
  title: string;
  aliases: string;
  summary: string;
  description: string;
  placeName: string;
  authors: string;
}

/** The search documents of one entry, one per language, from its translations as stored; nothing is read or written. */
export function entrySearchDocuments(entryId: string, translations: readonly EntrySearchText[]) {
  return translations.map((t) => ({
    entryId,
    locale: t.locale,
    title: foldText(t.title),
    aliases: foldText(t.aliases),
    body: foldText([t.summary, t.description, t.placeName, t.authors].filter(Boolean).join("\n")),
    skeleton: textSkeleton([t.title, t.aliases, t.placeName].join(" ")),
  }));
}

/** Rewrites the search documents of one entry from its translations (one document per language). */
export async function writeEntrySearchDocuments(tx: Tx, entryId: string): Promise<void> {
  const translations = await tx.entryTranslation.findMany({
    where: { entryId },
    select: { locale: true, title: true, aliases: true, summary: true, description: true, placeName: true, authors: true },
  });
  await tx.searchDocument.deleteMany({ where: { entryId } });
  await tx.searchDocument.createMany({ data: entrySearchDocuments(entryId, translations) });
}

/** Rewrites the search documents of one article; its HTML is reduced to text first. */
export async function writeArticleSearchDocuments(tx: Tx, articleId: string): Promise<void> {
  const translations = await tx.articleTranslation.findMany({
    where: { articleId },
    select: { locale: true, title: true, bodyHtml: true, excerpt: true },
  });
  await tx.searchDocument.deleteMany({ where: { articleId } });
  await tx.searchDocument.createMany({
    data: translations.map((t) => ({
      articleId,
      locale: t.locale,
      title: foldText(t.title),
      body: foldText(htmlToText(t.bodyHtml)),
      skeleton: textSkeleton(t.title),
    })),
  });
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
