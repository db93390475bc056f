import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleAnalysis } from "@/lib/article-import/analysis-schema";
import { CURATOR, EDITOR } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { applyArticleImport } = await import("@/lib/article-import/apply-article-import");
const { initialDecisions } = await import("@/lib/article-import/review-initial-decisions");
const { db } = await import("@/lib/db");

/** A sentence of the original that must never be stored: only the curator's summary and one quotation are. */
const FULL_TEXT_ONLY = "The installation of the central figure has begun with the middle and upper parts of the bronze sculpture.";

const place = (name: string, lat: number, lon: number, entrySlug: string | null = null) => ({ name, lat, lon, entrySlug, text: name });

/** An analysis as the analyser answers it, built by hand: two items, an event each, links, people. */
function analysis(keys: { first: string; second: string } = { first: "item-almaty", second: "item-installation" }): ArticleAnalysis {
  return {
    language: "en",
    page: { title: null, publisher: "CSTO", url: null, publishedEdtf: null },
    items: [
      {
        key: keys.first,
        title: "Meeting of the CSTO Committee of Secretaries of Security Councils",
        body: "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held.",
        images: [],
        date: { edtf: "2024-06-06", precision: "day", text: "On June 6, 2024" },
        place: place("Almaty", 43.24, 76.89),
        event: {
          title: { en: "A meeting of secretaries of security councils in Almaty", ru: null },
          date: { edtf: "2024-06-06", precision: "day", text: "On June 6, 2024" },
          place: place("Almaty", 43.24, 76.89),
          existingSlug: null,
        },
        links: [
          {
            key: "almaty-took-place",
            from: { proposedEvent: true },
            to: { entrySlug: "almaty", title: "Almaty" },
            relationType: "located_at",
            sentence: "On June 6, 2024, in Almaty, a meeting was held.",
            matched: "Almaty",
          },
          {
            key: "csto-mention",
            from: { proposedEvent: true },
            to: { entrySlug: "csto", title: "CSTO" },
            relationType: "mentions",
            sentence: "A meeting of the CSTO Committee.",
            matched: "CSTO",
          },
        ],
        agents: [
          {
            key: "agent-new-secretary",
            name: "Nurlan Testbekov",
            kind: "person",
            entrySlug: null,
            sentence: "Nurlan Testbekov chaired the meeting.",
          },
        ],
      },
      {
        key: keys.second,
        title: "The final stage of the installation of the central figure of the Rzhev Memorial has begun",
        body: FULL_TEXT_ONLY,
        images: ["image-30-01-20-01-10.jpeg"],
        date: { edtf: "2020-01-30", precision: "day", text: "On January 30" },
        place: place("Rzhev Memorial", 56.22, 34.28, "rzhev-memorial"),
        event: {
          title: { en: "Central figure of the Rzhev Memorial installed (import test)", ru: "Установка центральной фигуры (тест импорта)" },
          date: { edtf: "2020-01-30", precision: "day", text: "On January 30" },
          place: place("Rzhev Memorial", 56.22, 34.28, "rzhev-memorial"),
          existingSlug: null,
        },
        links: [
          {
            key: "rzhev-khatyn",
            from: { entrySlug: "rzhev-memorial" },
            to: { entrySlug: "khatyn-memorial", title: "Khatyn" },
            relationType: "comparable_to",
            sentence: "It will stand on a par with Khatyn.",
            matched: "Khatyn",
          },
          {
            key: "rzhev-brest",
            from: { entrySlug: "rzhev-memorial" },
            to: { entrySlug: "brest-hero-fortress", title: "Brest" },
            relationType: "comparable_to",
            sentence: "It will stand on a par with Brest.",
            matched: "Brest",
          },
          {
            key: "rzhev-mamayev",
            from: { entrySlug: "rzhev-memorial" },
            to: { entrySlug: "mamayev-kurgan", title: "Mamayev Kurgan" },
            relationType: "comparable_to",
            sentence: "It will stand on a par with Mamaev Kurgan.",
            matched: "Mamaev Kurgan",
          },
        ],
        agents: [
          {
            key: "agent-rapota",
            name: "Grigory Rapota",
            kind: "person",
            entrySlug: "grigory-rapota",
            sentence: "The work was supervised by Grigory Rapota.",
          },
        ],
      },
    ],
  };
}

type Decisions = ReturnType<typeof initialDecisions>;

/** The curator's review: our title and summary, one quotation, everything accepted but the Brest link. */
function reviewed(a: ArticleAnalysis = analysis(), url = ""): Decisions {
  const decisions = initialDecisions(a) as Decisions;
  decisions.article = {
    ...decisions.article,
    title: { en: "Rzhev Memorial figure and a CSTO meeting (import test)", ru: "" },
    summary: { en: "Our own words about the news items.", ru: "" },
    quotation: "the first largest monument dedicated to the feat of Soviet soldiers",
    originalUrl: url,
  };
  for (const item of decisions.items) {
    if (item.event) item.event.decision = "accept";
    for (const link of item.links) link.decision = link.key === "rzhev-brest" ? "reject" : "accept";
    for (const agent of item.agents) agent.decision = "accept";
  }
  return decisions;
}

async function counts() {
  const [published, entries, relations, articles, mentions, sources, citations, revisions, articleRevisions, audit] = await Promise.all([
    db.entry.count({ where: { status: "published" } }),
    db.entry.count(),
    db.entryRelation.count(),
    db.article.count(),
    db.articleMention.count(),
    db.source.count(),
    db.citation.count(),
    db.revision.count(),
    db.articleRevision.count(),
    db.auditEvent.count(),
  ]);
  return { published, entries, relations, articles, mentions, sources, citations, revisions, articleRevisions, audit };
}

beforeAll(async () => {
  await seedReferenceData();
}, 120_000);

describe("applying a reviewed article import", () => {
  it("writes accepted proposals as drafts citing the article, and nothing rejected or published", async () => {
    const before = await counts();
    const rzhevBefore = await db.entry.findUniqueOrThrow({ where: { slug: "rzhev-memorial" }, select: { version: true } });
    const outcome = await applyArticleImport(reviewed(), CURATOR);

    expect(outcome.article.created).toBe(true);
    const article = await db.article.findUniqueOrThrow({
      where: { slug: outcome.article.slug },
      include: { translations: true, citations: { include: { source: true } }, mentions: { include: { entry: true } }, revisions: true },
    });
    expect(article.status).toBe("draft");
    expect(article.publisher).toBe("CSTO");
    expect(article.originalTitle).toBe("Meeting of the CSTO Committee of Secretaries of Security Councils");
    expect(article.translations.map((t) => t.locale)).toEqual(["en"]);
    expect(article.translations[0]!.bodyHtml).toBe(
      "<p>Our own words about the news items.</p><blockquote><p>the first largest monument dedicated to the feat of Soviet soldiers</p></blockquote>",
    );
    expect(article.revisions).toHaveLength(1);
    const source = article.citations[0]!.source;
    expect(article.citations.map((c) => c.field)).toEqual(["text"]);

    const created = outcome.entries.filter((e) => e.created);
    expect(created.map((e) => e.kind).sort()).toEqual(["event", "event", "person"]);
    const drafts = await db.entry.findMany({
      where: { slug: { in: created.map((e) => e.slug) } },
      include: { citations: true, relationsFrom: { include: { to: true } }, translations: true, revisions: true },
    });
    for (const draft of drafts) {
      expect(draft.status).toBe("draft");
      expect(draft.revisions).toHaveLength(1);
      expect(draft.citations.length).toBeGreaterThan(0);
      expect(draft.citations.every((c) => c.sourceId === source.id)).toBe(true);
    }
    const almaty = drafts.find((d) => d.externalId === "article-item:item-almaty")!;
    expect(almaty).toMatchObject({
      kind: "event",
      dateEdtf: "2024-06-06",
      latitude: 43.24,
      longitude: 76.89,
      locationPrecision: "approximate",
    });
    expect(almaty.relationsFrom.map((r) => [r.type, r.to.slug, r.noteEn, r.noteRu, r.sourceId])).toEqual([
      ["located_at", "almaty", "On June 6, 2024, in Almaty, a meeting was held.", "", source.id],
    ]);
    const installation = drafts.find((d) => d.externalId === "article-item:item-installation")!;
    expect(installation).toMatchObject({ dateEdtf: "2020-01-30", locationPrecision: "exact" });
    expect(installation.translations.map((t) => t.title).sort()).toEqual([
      "Central figure of the Rzhev Memorial installed (import test)",
      "Установка центральной фигуры (тест импорта)",
    ]);

    // A link between entries already there: made with the article's source, the entry moves on a version.
    const khatyn = await db.entryRelation.findFirstOrThrow({
      where: { type: "comparable_to", from: { slug: "rzhev-memorial" }, to: { slug: "khatyn-memorial" } },
    });
    expect(khatyn).toMatchObject({ noteEn: "It will stand on a par with Khatyn.", noteRu: "", sourceId: source.id });
    const rzhev = await db.entry.findUniqueOrThrow({ where: { slug: "rzhev-memorial" }, select: { version: true, status: true } });
    expect(rzhev.version).toBe(rzhevBefore.version + 1);
    expect(await db.revision.count({ where: { entry: { slug: "rzhev-memorial" }, version: rzhev.version } })).toBe(1);
    // The rejected link is not there; the one the seed already had is found, not doubled.
    expect(await db.entryRelation.count({ where: { from: { slug: "rzhev-memorial" }, to: { slug: "brest-hero-fortress" } } })).toBe(0);
    expect(outcome.links.find((l) => l.key === "rzhev-mamayev")).toMatchObject({ created: false });
    expect(
      await db.entryRelation.count({ where: { type: "comparable_to", from: { slug: "rzhev-memorial" }, to: { slug: "mamayev-kurgan" } } }),
    ).toBe(1);

    // Mentions: the "mentions" link, the events and the people.
    expect(article.mentions.map((m) => m.entry.slug).sort()).toEqual(["csto", "grigory-rapota", ...created.map((e) => e.slug)].sort());
    expect(article.mentions.find((m) => m.entry.slug === "csto")!.noteEn).toBe("A meeting of the CSTO Committee.");

    const after = await counts();
    expect(after.entries - before.entries).toBe(3);
    expect(after.articles - before.articles).toBe(1);
    expect(after.sources - before.sources).toBe(1);
    expect(after.published).toBe(before.published);
    expect(await db.auditEvent.count({ where: { action: "article.import", actorId: CURATOR.id } })).toBe(1);
  });

  it("stores none of the original's full text", async () => {
    const like = `%${FULL_TEXT_ONLY.slice(0, 60)}%`;
    const tables = await db.$queryRaw<{ hits: number }[]>`
      SELECT (SELECT COUNT(*) FROM "ArticleTranslation" WHERE "bodyHtml" LIKE ${like} OR "excerpt" LIKE ${like})
           + (SELECT COUNT(*) FROM "EntryTranslation" WHERE "description" LIKE ${like} OR "summary" LIKE ${like})
           + (SELECT COUNT(*) FROM "SearchDocument" WHERE "body" LIKE ${like})
           + (SELECT COUNT(*) FROM "ArticleRevision" WHERE "snapshot" LIKE ${like})
           + (SELECT COUNT(*) FROM "Revision" WHERE "snapshot" LIKE ${like})
           + (SELECT COUNT(*) FROM "Source" WHERE "title" LIKE ${like} OR "noteEn" LIKE ${like} OR "noteRu" LIKE ${like})
           + (SELECT COUNT(*) FROM "AuditEvent" WHERE "detail" LIKE ${like}) AS "hits"`;
    expect(Number(tables[0]!.hits)).toBe(0);
  });

  it("creates nothing the second time the same article is imported, and says what it found", async () => {
    const before = await counts();
    const outcome = await applyArticleImport(reviewed(), CURATOR);
    expect(outcome.article.created).toBe(false);
    expect(outcome.entries.every((e) => !e.created)).toBe(true);
    expect(outcome.links.every((l) => !l.created)).toBe(true);
    expect(outcome.mentions.every((m) => !m.created)).toBe(true);
    const after = await counts();
    expect({ ...after, audit: before.audit }).toEqual(before);
  });

  it("recognises the same original by its address, whatever its items' keys", async () => {
    const url = "https://example.org/news/rzhev";
    const first = await applyArticleImport(reviewed(analysis({ first: "url-a", second: "url-b" }), url), CURATOR);
    expect(first.article.created).toBe(true);
    const before = await counts();
    const again = await applyArticleImport(reviewed(analysis({ first: "url-a", second: "url-b" }), url), CURATOR);
    expect(again.article).toEqual({ slug: first.article.slug, created: false });
    expect(again.entries.filter((e) => e.created)).toEqual([]);
    expect((await counts()).articles).toBe(before.articles);
  });

  it("counts a person named in several items once", async () => {
    const a = analysis({ first: "twice-a", second: "twice-b" });
    a.items[0]!.agents.push({ ...a.items[1]!.agents[0]!, key: "agent-rapota-again" });
    const outcome = await applyArticleImport(reviewed(a), CURATOR);
    expect(outcome.entries.filter((e) => e.slug === "grigory-rapota")).toHaveLength(1);
    expect(outcome.mentions.filter((m) => m.slug === "grigory-rapota")).toHaveLength(1);
  });

  it("writes nothing when any part is refused, and names the field", async () => {
    const decisions = reviewed(analysis({ first: "fail-a", second: "fail-b" }));
    decisions.items[1]!.links[0]!.target = "no-such-entry";
    const before = await counts();
    await expect(applyArticleImport(decisions, CURATOR)).rejects.toMatchObject({ code: "NOT_FOUND", field: "items.1.links.0.target" });
    expect(await counts()).toEqual(before);
  });

  it("rolls back the drafts already written when a later step refuses (an editor linking published entries)", async () => {
    const decisions = reviewed(analysis({ first: "editor-a", second: "editor-b" }));
    decisions.items[1]!.links[1]!.decision = "accept";
    decisions.items[1]!.links[1]!.target = "salaspils-memorial";
    const before = await counts();
    await expect(applyArticleImport(decisions, EDITOR)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await counts()).toEqual(before);
    expect(await db.entry.count({ where: { externalId: { startsWith: "article-item:editor-" } } })).toBe(0);
  });

  it("refuses the article without a summary in our own words, beside the field", async () => {
    const decisions = reviewed(analysis({ first: "bad-a", second: "bad-b" }));
    decisions.article.summary = { en: "", ru: "" };
    await expect(applyArticleImport(decisions, CURATOR)).rejects.toMatchObject({
      code: "INVALID_REQUEST",
      issues: [expect.objectContaining({ path: "article.summary.en" })],
    });
  });
});
