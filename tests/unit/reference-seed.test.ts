import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { getPublishedArticle } = await import("@/lib/data/articles/get-published-article");
const { db } = await import("@/lib/db");
const { ENTRIES } = await import("@/prisma/seed/entries");
const { SOURCES } = await import("@/prisma/seed/sources");
const { RELATIONS } = await import("@/prisma/seed/relations");
const { ARTICLES } = await import("@/prisma/seed/articles");

const RZHEV_ARTICLE = "rzhev-memorial-central-figure-installation-begins";
const SOURCE_NEWS = path.resolve(process.cwd(), "..", "shared", "reference", "source-news.txt");

async function counts() {
  return {
    entries: await db.entry.count(),
    entryTranslations: await db.entryTranslation.count(),
    sources: await db.source.count(),
    citations: await db.citation.count(),
    relations: await db.entryRelation.count(),
    articles: await db.article.count(),
    articleTranslations: await db.articleTranslation.count(),
    mentions: await db.articleMention.count(),
  };
}

let firstRun: Awaited<ReturnType<typeof seedReferenceData>>;

beforeAll(async () => {
  firstRun = await seedReferenceData();
});

describe("seedReferenceData", () => {
  it("loads every entry, source, relation and article", async () => {
    expect(firstRun).toEqual({ seeded: true, entries: ENTRIES.length });
    const c = await counts();
    expect(c.entries).toBe(ENTRIES.length);
    expect(c.sources).toBe(new Set(SOURCES.map((s) => s.key)).size);
    expect(c.relations).toBe(RELATIONS.length);
    expect(c.articles).toBe(ARTICLES.length);
    expect(c.entries).toBeGreaterThan(20);
  });

  it("does not duplicate anything when run twice", async () => {
    const before = await counts();
    const second = await seedReferenceData();
    expect(second).toEqual({ seeded: false, entries: ENTRIES.length });
    expect(await counts()).toEqual(before);
  });

  it("sources every published date and every published map point", async () => {
    const rows = await db.entry.findMany({
      where: { status: "published" },
      select: { slug: true, startYear: true, latitude: true, citations: { select: { field: true } } },
    });
    expect(rows.length).toBeGreaterThan(0);
    const dated = rows.filter((r) => r.startYear !== null);
    const placed = rows.filter((r) => r.latitude !== null);
    expect(dated.length).toBeGreaterThan(10);
    expect(placed.length).toBeGreaterThan(10);
    const unsourcedDates = dated.filter((r) => !r.citations.some((c) => c.field === "date")).map((r) => r.slug);
    const unsourcedPoints = placed.filter((r) => !r.citations.some((c) => c.field === "coordinates")).map((r) => r.slug);
    expect(unsourcedDates).toEqual([]);
    expect(unsourcedPoints).toEqual([]);
  });
});

describe("getPublishedEntry on the reference data", () => {
  it("lists the memorials the Rzhev Memorial is compared to, and the news article", async () => {
    const entry = await getPublishedEntry({ slug: "rzhev-memorial", locale: "en" });
    expect(entry).not.toBeNull();
    const comparable = entry!.relations.filter((r) => r.type === "comparable_to").map((r) => r.entry.slug);
    expect(comparable).toContain("mamayev-kurgan");
    expect(comparable).toContain("victory-park-poklonnaya-gora");
    expect(comparable).toHaveLength(6);
    const mamayev = entry!.relations.find((r) => r.entry.slug === "mamayev-kurgan")!;
    expect(mamayev.direction).toBe("outgoing");
    expect(mamayev.source?.key).toBe("news-rzhev-installation-2020");
    expect(entry!.articles.map((a) => a.slug)).toContain(RZHEV_ARTICLE);
  });

  it("reads a symmetric relation from its target too", async () => {
    const entry = await getPublishedEntry({ slug: "mamayev-kurgan", locale: "en" });
    const fromRzhev = entry!.relations.find((r) => r.entry.slug === "rzhev-memorial");
    expect(fromRzhev).toMatchObject({ type: "comparable_to", direction: "outgoing" });
  });

  it('labels the Battles of Rzhev "January 1942 – March 1943"', async () => {
    const entry = await getPublishedEntry({ slug: "battles-of-rzhev", locale: "en" });
    expect(entry!.dateLabel).toBe("January 1942 – March 1943");
    expect(entry!.isRange).toBe(true);
    expect(new Date(entry!.endTime!).toISOString()).toBe("1943-03-31T23:59:59.999Z");
  });

  it("returns null for an unknown slug", async () => {
    expect(await getPublishedEntry({ slug: "no-such-entry", locale: "en" })).toBeNull();
  });
});

describe("getPublishedArticle on the reference data", () => {
  it("returns the Rzhev news item with sanitized paragraphs", async () => {
    const article = await getPublishedArticle({ slug: RZHEV_ARTICLE, locale: "en" });
    expect(article).not.toBeNull();
    expect(article!.text.title).toBe(
      "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun",
    );
    expect(article!.text.isFallback).toBe(false);
    const html = article!.text.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html.startsWith("<p>On January 30, the final stage")).toBe(true);
    expect(html.match(/<p>/g)).toHaveLength(3);
    expect(article!.dateLabel).toBeNull();
    expect(article!.mentions.map((m) => m.slug)).toContain("rzhev-memorial");
    expect(article!.sources).toEqual([expect.objectContaining({ key: "news-rzhev-installation-2020", fields: ["text"] })]);
  });

  it("falls back to the English text for Russian visitors", async () => {
    const article = await getPublishedArticle({ slug: RZHEV_ARTICLE, locale: "ru" });
    expect(article!.text.locale).toBe("en");
    expect(article!.text.isFallback).toBe(true);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getPublishedArticle({ slug: "no-such-article", locale: "en" })).toBeNull();
  });

  it("keeps the seeded article text faithful to shared/reference/source-news.txt (when present)", async () => {
    const rows = await db.articleTranslation.findMany({ select: { bodyHtml: true } });
    const paragraphs = rows.flatMap((r) => [...r.bodyHtml.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1] ?? "")));
    expect(paragraphs.length).toBe(6);
    if (!fs.existsSync(SOURCE_NEWS)) return; // the reference file is not shipped everywhere
    const source = normalise(fs.readFileSync(SOURCE_NEWS, "utf8"));
    const missing = paragraphs.filter((p) => !source.includes(normalise(p)));
    expect(missing).toEqual([]);
  });
});

function decode(html: string): string {
  return html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Curly quotes become straight ones and runs of whitespace one space. Spaces next to a quote
 * are dropped: the source prints `“Monument to Sailor and Soldier " in Sevastopol," Poklonnaya Gora "`,
 * which the seed restores to `"Monument to Sailor and Soldier" in Sevastopol, "Poklonnaya Gora"`.
 */
function normalise(text: string): string {
  return text
    .replace(/[“”„«»]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/ ?" ?/g, '"')
    .trim();
}
