import { db } from "@/lib/db";
import { PUBLISHED } from "../published";
import { PAGES_PER_FILE, type SitemapRecord } from "./sitemap-files";

export interface PublishedPage {
  /** The page's path after the language: "/entries/rzhev-memorial". */
  path: string;
  updatedAt: Date;
}

/** Rows read at a time: a file is streamed, never held whole. */
const BATCH = 1000;

/** The slug that starts slice `part` (counted from 1) of all records by slug; null past the end. */
async function sliceStart(kind: SitemapRecord, part: number, pagesPerFile: number): Promise<string | null> {
  const query = { orderBy: { slug: "asc" as const }, skip: (part - 1) * pagesPerFile, select: { slug: true } };
  const row = kind === "entries" ? await db.entry.findFirst(query) : await db.article.findFirst(query);
  return row?.slug ?? null;
}

/**
 * The published pages of one sitemap slice, in batches, by slug; nothing when the slice is past
 * the end (the collection shrank since the index was read).
 */
export async function* readSitemapPages(
  kind: SitemapRecord,
  part: number,
  { pagesPerFile = PAGES_PER_FILE }: { pagesPerFile?: number } = {},
): AsyncGenerator<PublishedPage[]> {
  const [from, to] = await Promise.all([sliceStart(kind, part, pagesPerFile), sliceStart(kind, part + 1, pagesPerFile)]);
  if (from === null) return;
  for (let after: string | null = null; ; ) {
    const slug: { gte?: string; gt?: string; lt?: string } = {
      ...(after === null ? { gte: from } : { gt: after }),
      ...(to === null ? {} : { lt: to }),
    };
    // Read by slug whatever the status and keep the published ones here: filtering on status in the
    // query lets the database prefer a status index and sort the whole collection for every batch.
    const query = {
      where: { slug },
      orderBy: { slug: "asc" as const },
      take: BATCH,
      select: { slug: true, status: true, updatedAt: true },
    };
    const rows: { slug: string; status: string; updatedAt: Date }[] =
      kind === "entries" ? await db.entry.findMany(query) : await db.article.findMany(query);
    if (rows.length === 0) return;
    const published = rows.filter((row) => row.status === PUBLISHED);
    if (published.length) yield published.map((row) => ({ path: `/${kind}/${row.slug}`, updatedAt: row.updatedAt }));
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.slug;
  }
}
