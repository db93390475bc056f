import { beforeAll, describe, expect, it } from "vitest";
import fingerprints from "./fixtures/source-news-fingerprints.json";
import { shingleHashes } from "./fixtures/text-fingerprint";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { getPublishedArticle } = await import("@/lib/data/articles/get-published-article");
const { createArticle } = await import("@/lib/data/articles/create-article");
const { db } = await import("@/lib/db");
const { ENTRIES } = await import("@/prisma/seed/entries");
const { SOURCES } = await import("@/prisma/seed/sources");
const { RELATIONS } = await import("@/prisma/seed/relations");
const { ARTICLES } = await import("@/prisma/seed/articles");

const RZHEV_ARTICLE = "rzhev-memorial-central-figure-installation-begins";
const RZHEV_NEWS = "news-rzhev-installation-2020";

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

// Seeding the whole collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  firstRun = await seedReferenceData();
}, 60_000);

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
    expect(mamayev.source?.key).toBe(RZHEV_NEWS);
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
  it("returns our summary of the Rzhev news item, with sanitized paragraphs and the original's title, publisher and address", async () => {
    const article = await getPublishedArticle({ slug: RZHEV_ARTICLE, locale: "en" });
    expect(article).not.toBeNull();
    expect(article!.text.title).toBe("Mounting of the Rzhev Memorial's bronze soldier enters its last stage");
    expect(article!.text.isFallback).toBe(false);
    const html = article!.text.bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html.startsWith("<p>On 30 January 2020 work began on the last stage")).toBe(true);
    expect(html.match(/<p>/g)).toHaveLength(3);
    expect(html.match(/<q>/g)).toHaveLength(1);
    expect(article).toMatchObject({
      publisher: "CSTO (en.odkb-csto.org)",
      originalTitle: "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun",
      originalUrl: expect.stringMatching(/^https:\/\/en\.odkb-csto\.org\/75-letie-pobedy\/novosti\//),
    });
    expect(article!.dateLabel).toBeNull();
    expect(article!.mentions.map((m) => m.slug)).toContain("rzhev-memorial");
    expect(article!.sources).toEqual([expect.objectContaining({ key: RZHEV_NEWS, fields: ["text"] })]);
  });

  it("gives Russian visitors the Russian summary", async () => {
    const article = await getPublishedArticle({ slug: RZHEV_ARTICLE, locale: "ru" });
    expect(article!.text).toMatchObject({
      locale: "ru",
      isFallback: false,
      title: "Начался последний этап монтажа бронзового солдата Ржевского мемориала",
    });
  });

  it("falls back to the English text for Russian visitors when an article has no Russian", async () => {
    await createArticle({
      slug: "english-only-note",
      status: "published",
      translations: { en: { title: "An English-only note", body: "Text." } },
    });
    const article = await getPublishedArticle({ slug: "english-only-note", locale: "ru" });
    expect(article!.text.locale).toBe("en");
    expect(article!.text.isFallback).toBe(true);
  });

  it("returns null for an unknown slug", async () => {
    expect(await getPublishedArticle({ slug: "no-such-article", locale: "en" })).toBeNull();
  });

  it("stores the summaries, not the original: no run of eight words of the source page outside the marked quotation", async () => {
    const rows = await db.articleTranslation.findMany({
      where: { article: { slug: RZHEV_ARTICLE } },
      select: { locale: true, bodyHtml: true },
    });
    expect(rows.map((r) => r.locale).sort()).toEqual(["en", "ru"]);
    const shingles = new Set(fingerprints.shingles);
    for (const row of rows) {
      const unquoted = decode(row.bodyHtml.replace(/<q>[\s\S]*?<\/q>/g, " ").replace(/<[^>]+>/g, " "));
      expect(shingleHashes(unquoted).filter((h) => shingles.has(h))).toEqual([]);
    }
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
