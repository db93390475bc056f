import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { listSitemapFiles } = await import("@/lib/data/sitemap/list-sitemap-files");
const { readSitemapPages } = await import("@/lib/data/sitemap/read-sitemap-pages");
const { MAX_URLS_PER_FILE, PAGES_PER_FILE, parseSitemapFileName, sitemapFileName } = await import("@/lib/data/sitemap/sitemap-files");
const { pageUrls, sitemapIndex } = await import("@/lib/sitemap/sitemap-xml");
const { db } = await import("@/lib/db");

beforeAll(async () => {
  await seedReferenceData();
  await db.entry.update({ where: { slug: "khatyn-memorial" }, data: { status: "draft" } });
}, 60_000);

/** Every page of every slice of one kind, with the size of each slice. */
async function readAll(kind: "entries" | "articles", parts: number[], pagesPerFile: number) {
  const slices: string[][] = [];
  for (const part of parts) {
    const paths: string[] = [];
    for await (const batch of readSitemapPages(kind, part, { pagesPerFile })) paths.push(...batch.map((p) => p.path));
    slices.push(paths);
  }
  return slices;
}

describe("the sitemap index", () => {
  it("splits the published entries and articles into files of at most the given number of pages, each listed once", async () => {
    const pagesPerFile = 7;
    const files = await listSitemapFiles({ pagesPerFile });
    const parts = (kind: string) => files.flatMap((f) => (f.kind === kind && "part" in f ? [f.part] : []));
    expect(files[0]).toEqual({ kind: "home" });
    expect(parts("entries").length).toBe(Math.ceil((await db.entry.count()) / pagesPerFile));

    const entrySlices = await readAll("entries", parts("entries"), pagesPerFile);
    expect(entrySlices.every((slice) => slice.length <= pagesPerFile)).toBe(true);
    const published = await db.entry.findMany({ where: { status: "published" }, select: { slug: true }, orderBy: { slug: "asc" } });
    expect(entrySlices.flat()).toEqual(published.map((e) => `/entries/${e.slug}`));
    expect(entrySlices.flat()).not.toContain("/entries/khatyn-memorial");

    const articleSlices = await readAll("articles", parts("articles"), pagesPerFile);
    const articles = await db.article.findMany({ where: { status: "published" }, select: { slug: true }, orderBy: { slug: "asc" } });
    expect(articleSlices.flat()).toEqual(articles.map((a) => `/articles/${a.slug}`));
    // A slice past the end (the collection shrank since the index was read) is empty, not an error.
    expect(await readAll("entries", [999], pagesPerFile)).toEqual([[]]);
  });

  it("keeps every file within the protocol's 50,000 URLs, one per page and language", () => {
    expect(PAGES_PER_FILE * 2).toBeLessThanOrEqual(MAX_URLS_PER_FILE);
  });

  it("names files so that only real ones parse back", () => {
    for (const file of [{ kind: "home" } as const, { kind: "entries", part: 3 } as const, { kind: "articles", part: 1 } as const]) {
      expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file);
    }
    for (const name of ["entries-0.xml", "entries-x.xml", "users-1.xml", "../entries-1.xml", "entries-1.xml.gz"]) {
      expect(parseSitemapFileName(name)).toBeNull();
    }
  });

  it("writes each page in every language with the others as alternates, escaped", () => {
    const xml = pageUrls(
      { path: "/entries/a&b", updatedAt: new Date("2024-05-01T00:00:00Z") },
      ["en", "ru"],
      (p) => `https://example.org${p}`,
    );
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://example.org/ru/entries/a&amp;b</loc><lastmod>2024-05-01T00:00:00.000Z</lastmod>");
    expect(xml.match(/hreflang="en" href="https:\/\/example.org\/en\/entries\/a&amp;b"/g)).toHaveLength(2);
    expect(sitemapIndex(["https://example.org/sitemaps/home.xml"])).toContain(
      "<sitemap><loc>https://example.org/sitemaps/home.xml</loc></sitemap>",
    );
  });
});
