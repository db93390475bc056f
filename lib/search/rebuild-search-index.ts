import { db } from "@/lib/db";
import { writeArticleSearchDocuments, writeEntrySearchDocuments } from "./search-documents";

/**
 * Writes every missing search document: for a database filled before search existed, or by a bulk
 * loader that bypassed the data layer. Returns how many entries and articles it indexed.
 */
export async function rebuildMissingSearchDocuments(): Promise<number> {
  const [entries, articles] = await Promise.all([
    db.entry.findMany({ where: { search: { none: {} } }, select: { id: true } }),
    db.article.findMany({ where: { search: { none: {} } }, select: { id: true } }),
  ]);
  for (const { id } of entries) await db.$transaction((tx) => writeEntrySearchDocuments(tx, id));
  for (const { id } of articles) await db.$transaction((tx) => writeArticleSearchDocuments(tx, id));
  return entries.length + articles.length;
}
