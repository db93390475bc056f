import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { rebuildMissingSearchDocuments } = await import("@/lib/search/rebuild-search-index");
const { searchCollection } = await import("@/lib/data/search/search-collection");
const { db } = await import("@/lib/db");

/** Every search document's content, keyed by owner and language, without its generated id. */
async function documentContents(): Promise<Map<string, string>> {
  const rows = await db.searchDocument.findMany({
    select: { entryId: true, articleId: true, locale: true, title: true, aliases: true, body: true, skeleton: true },
  });
  return new Map(rows.map(({ entryId, articleId, locale, ...text }) => [`${entryId ?? articleId}:${locale}`, JSON.stringify(text)]));
}

beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("rebuilding missing search documents", () => {
  it("writes in batches the same documents the data layer writes on save, and nothing where none is missing", async () => {
    const written = await documentContents();
    const [entries, articles] = await Promise.all([db.entry.count(), db.article.count()]);
    expect(written.size).toBeGreaterThan(0);

    await db.searchDocument.deleteMany({});
    const batches: number[] = [];
    const indexed = await rebuildMissingSearchDocuments({ batchSize: 7, onBatch: (size) => batches.push(size) });

    expect(indexed).toBe(entries + articles);
    expect(await documentContents()).toEqual(written);
    // Entries and articles each go in batches of at most 7: one transaction per batch, not per record.
    expect(batches.every((size) => size > 0 && size <= 7)).toBe(true);
    expect(batches.length).toBe(Math.ceil(entries / 7) + Math.ceil(articles / 7));
    expect(await rebuildMissingSearchDocuments()).toBe(0);
  });

  it("fills in only the records that lack documents, and search finds them again", async () => {
    const before = await documentContents();
    const khatyn = await db.entry.findUniqueOrThrow({ where: { slug: "khatyn-memorial" }, select: { id: true } });
    await db.searchDocument.deleteMany({ where: { entryId: khatyn.id } });
    expect((await searchCollection({ query: "Хатынь", locale: "en", limit: 5 })).entries.map((e) => e.slug)).not.toContain(
      "khatyn-memorial",
    );

    expect(await rebuildMissingSearchDocuments()).toBe(1);
    expect(await documentContents()).toEqual(before);
    expect((await searchCollection({ query: "Хатынь", locale: "en", limit: 5 })).entries.map((e) => e.slug)).toContain("khatyn-memorial");
  });

  it("skips, without looping, an entry that has no text to index", async () => {
    await db.entry.create({ data: { slug: "no-translations-yet", kind: "place" } });
    expect(await rebuildMissingSearchDocuments({ batchSize: 1 })).toBe(1);
    expect(await db.searchDocument.count({ where: { entry: { slug: "no-translations-yet" } } })).toBe(0);
  });
});
