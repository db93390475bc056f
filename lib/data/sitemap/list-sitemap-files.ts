import { db } from "@/lib/db";
import { PAGES_PER_FILE, type SitemapFile } from "./sitemap-files";

/**
 * The files of the sitemap index: the home pages, then the entries and articles in slices of
 * PAGES_PER_FILE records by slug. Slices count records of every status, so finding where one
 * starts needs only the slug index, never a scan of the published ones; a slice lists its
 * published records, at most PAGES_PER_FILE of them.
 */
export async function listSitemapFiles({ pagesPerFile = PAGES_PER_FILE }: { pagesPerFile?: number } = {}): Promise<SitemapFile[]> {
  const [entries, articles] = await Promise.all([db.entry.count(), db.article.count()]);
  const parts = (count: number) => Array.from({ length: Math.ceil(count / pagesPerFile) }, (_, index) => index + 1);
  return [
    { kind: "home" },
    ...parts(entries).map((part) => ({ kind: "entries" as const, part })),
    ...parts(articles).map((part) => ({ kind: "articles" as const, part })),
  ];
}
