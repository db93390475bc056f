import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { listEntryRelationsPage } = await import("@/lib/data/relations/list-entry-relations-page");
const { INCOMING_SHOWN, listIncomingRelations } = await import("@/lib/data/relations/list-incoming-relations");
const { ARTICLES_PER_ENTRY, RELATIONS_PER_GROUP } = await import("@/lib/content/entry-page-lists");
const { ENTRY_ARTICLES_PAGE_SIZE, listEntryArticlesPage } = await import("@/lib/data/articles/list-entry-articles-page");
const { db } = await import("@/lib/db");

// A hub: the war every memorial of a large collection commemorates. More than a page of them, and
// a few comparable to it, so one capped group sits beside an uncapped one.
const HUB = "great-patriotic-war";
const MEMORIALS = Math.max(RELATIONS_PER_GROUP * 3, INCOMING_SHOWN) + 5;
const slugOf = (i: number) => `hub-memorial-${String(i).padStart(4, "0")}`;
/** The published entries that commemorate the hub: the reference collection's own, and the new ones but the draft. */
let total = 0;
// More articles about it than its page lists.
const ARTICLES = ENTRY_ARTICLES_PAGE_SIZE + 5;
let articlesBefore = 0;

beforeAll(async () => {
  await seedReferenceData();
  const hub = await db.entry.findUniqueOrThrow({ where: { slug: HUB }, select: { id: true } });
  const before = await db.entryRelation.count({ where: { toId: hub.id, type: "commemorates", from: { status: "published" } } });
  total = before + MEMORIALS - 1;
  const ids = Array.from({ length: MEMORIALS }, (_, i) => `hubmem${i}`);
  await db.entry.createMany({
    data: ids.map((id, i) => ({ id, slug: slugOf(i), kind: "memorial", status: i === 0 ? "draft" : "published" })),
  });
  await db.entryTranslation.createMany({
    data: ids.map((id, i) => ({ entryId: id, locale: "en", title: `Hub memorial ${i}` })),
  });
  await db.entryRelation.createMany({ data: ids.map((id) => ({ fromId: id, toId: hub.id, type: "commemorates" })) });
  articlesBefore = await db.articleMention.count({ where: { entryId: hub.id, article: { status: "published" } } });
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({
    id: `hubart${i}`,
    slug: `hub-article-${String(i).padStart(3, "0")}`,
    status: "published",
    publishedEdtf: `2025-01-${String((i % 28) + 1).padStart(2, "0")}`,
  }));
  await db.article.createMany({ data: articles });
  await db.articleTranslation.createMany({ data: articles.map((a, i) => ({ articleId: a.id, locale: "en", title: `Hub article ${i}` })) });
  await db.articleMention.createMany({ data: articles.map((a) => ({ articleId: a.id, entryId: hub.id })) });
}, 120_000);

describe("an entry many others link to", () => {
  it("shows at most a group's worth of each kind of link, with how many there are in all", async () => {
    const entry = (await getPublishedEntry({ slug: HUB, locale: "en" }))!;
    const commemorated = entry.relations.filter((r) => r.type === "commemorates" && r.direction === "incoming");
    expect(commemorated).toHaveLength(RELATIONS_PER_GROUP);
    // The draft is never counted or shown.
    expect(entry.relationGroups).toContainEqual({ type: "commemorates", direction: "incoming", total: total });
    expect(commemorated.map((r) => r.entry.slug)).not.toContain(slugOf(0));
    // Groups under the cap are whole.
    const others = entry.relations.filter((r) => r.type !== "commemorates");
    for (const group of entry.relationGroups.filter((g) => g.type !== "commemorates")) {
      expect(others.filter((r) => r.type === group.type && r.direction === group.direction)).toHaveLength(group.total);
    }
  });

  it("pages through every link of one group, each once, in a stable order", async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const result = (await listEntryRelationsPage({ slug: HUB, locale: "en", type: "commemorates", direction: "incoming", page }))!;
      expect(result.total).toBe(total);
      seen.push(...result.relations.map((r) => r.entry.slug));
      if (!result.hasNext) break;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // The entry page's first links are the list's first.
    const entry = (await getPublishedEntry({ slug: HUB, locale: "en" }))!;
    const shown = entry.relations.filter((r) => r.type === "commemorates" && r.direction === "incoming").map((r) => r.entry.slug);
    expect(seen.slice(0, RELATIONS_PER_GROUP)).toEqual(shown);
  });

  it("lists the first incoming links in the editor, and how many there are in all", async () => {
    const hub = await db.entry.findUniqueOrThrow({ where: { slug: HUB }, select: { id: true } });
    const incoming = await listIncomingRelations(hub.id, "en");
    expect(incoming.items).toHaveLength(INCOMING_SHOWN);
    // The editor counts drafts' links too: they are edited there.
    expect(incoming.total).toBeGreaterThanOrEqual(total + 1);
  });

  it("lists the latest articles about it, says how many there are, and pages through all of them", async () => {
    const entry = (await getPublishedEntry({ slug: HUB, locale: "en" }))!;
    expect(entry.articles).toHaveLength(ARTICLES_PER_ENTRY);
    expect(entry.articleCount).toBe(articlesBefore + ARTICLES);
    const first = (await listEntryArticlesPage({ slug: HUB, locale: "en", page: 1 }))!;
    const second = (await listEntryArticlesPage({ slug: HUB, locale: "en", page: 2 }))!;
    expect(first.articles.slice(0, ARTICLES_PER_ENTRY)).toEqual(entry.articles);
    const slugs = [...first.articles, ...second.articles].map((a) => a.slug);
    expect(new Set(slugs).size).toBe(articlesBefore + ARTICLES);
    expect(second.hasNext).toBe(false);
    expect(await listEntryArticlesPage({ slug: HUB, locale: "en", page: 3 })).toBeNull();
  });

  it("answers nothing for an unpublished or unknown entry, or a page past the end", async () => {
    expect(
      await listEntryRelationsPage({ slug: slugOf(0), locale: "en", type: "commemorates", direction: "outgoing", page: 1 }),
    ).toBeNull();
    expect(
      await listEntryRelationsPage({ slug: "no-such-entry", locale: "en", type: "commemorates", direction: "incoming", page: 1 }),
    ).toBeNull();
    expect(await listEntryRelationsPage({ slug: HUB, locale: "en", type: "commemorates", direction: "incoming", page: 99 })).toBeNull();
  });
});
