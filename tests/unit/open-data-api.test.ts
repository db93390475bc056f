import { check } from "@placemarkio/check-geojson";
import type { FeatureCollection } from "geojson";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { articleDetailSchema, articleListItemSchema } from "@/lib/open-data/schemas/article-schemas";
import { entryDetailSchema, entryListItemSchema } from "@/lib/open-data/schemas/entry-schemas";
import { problemSchema } from "@/lib/open-data/schemas/problem-schema";
import { relationSchema } from "@/lib/open-data/schemas/relation-schemas";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { db } = await import("@/lib/db");
const entries = await import("@/app/api/v1/entries/route");
const entry = await import("@/app/api/v1/entries/[slug]/route");
const articles = await import("@/app/api/v1/articles/route");
const article = await import("@/app/api/v1/articles/[slug]/route");
const relations = await import("@/app/api/v1/relations/route");

beforeAll(async () => {
  await seedReferenceData();
  // Unpublished entries between published ones: pages must step over them.
  for (const status of ["draft", "in_review", "archived"] as const) {
    await createEntry({ slug: `unpublished-${status.replace("_", "-")}`, kind: "event", status, translations: { en: { title: status } } });
  }
}, 120_000);

type Handler = (request: NextRequest, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

function call(handler: Handler, url: string, headers: Record<string, string> = {}, slug = ""): Promise<Response> {
  return handler(new NextRequest(new URL(url, "http://localhost"), { headers }), { params: Promise.resolve({ slug }) });
}

/** Follows `next` from the first page to the last, as a client would. */
async function walk<T>(handler: Handler, first: string, key: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const response = await call(handler, url);
    expect(response.status, url).toBe(200);
    const body = (await response.json()) as Record<string, unknown> & { next: string | null };
    items.push(...(body[key] as T[]));
    if (body.next) expect(response.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
    url = body.next ? new URL(body.next).pathname + new URL(body.next).search : null;
    pages++;
  }
  return { items, pages };
}

async function publishedSlugs(where: object = {}): Promise<string[]> {
  return (await db.entry.findMany({ where: { status: "published", ...where }, select: { slug: true } })).map((r) => r.slug).sort();
}

describe("GET /api/v1/entries", () => {
  it("walks the whole published set by cursor, without gaps or repeats, in the documented shape", async () => {
    const { items, pages } = await walk<{ slug: string }>(entries.GET, "/api/v1/entries?limit=7&locale=ru", "entries");
    const slugs = items.map((e) => e.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual(await publishedSlugs());
    expect(pages).toBe(Math.ceil(slugs.length / 7));
    for (const item of items) entryListItemSchema.parse(item);
  });

  it("keeps its place when the collection changes between pages", async () => {
    const first = (await (await call(entries.GET, "/api/v1/entries?limit=10")).json()) as { entries: { slug: string }[]; next: string };
    await createEntry({ slug: "added-between-pages", kind: "event", status: "published", translations: { en: { title: "Added" } } });
    const rest = await walk<{ slug: string }>(entries.GET, new URL(first.next).pathname + new URL(first.next).search, "entries");
    const seen = [...first.entries, ...rest.items].map((e) => e.slug);
    expect(new Set(seen).size).toBe(seen.length);
    for (const slug of await publishedSlugs()) if (slug !== "added-between-pages") expect(seen).toContain(slug);
  });

  it("filters as the explorer does and answers GeoJSON when asked", async () => {
    const { items } = await walk<{ slug: string; kind: string }>(entries.GET, "/api/v1/entries?kinds=memorial&limit=5", "entries");
    expect(items.map((e) => e.slug).sort()).toEqual(await publishedSlugs({ kind: "memorial" }));

    for (const ask of [
      { url: "/api/v1/entries?countries=BY&format=geojson", headers: {} as Record<string, string> },
      { url: "/api/v1/entries?countries=BY", headers: { accept: "application/geo+json" } },
    ]) {
      const response = await call(entries.GET, ask.url, ask.headers);
      expect(response.headers.get("content-type")).toBe("application/geo+json");
      expect(response.headers.get("vary")).toBe("Accept");
      const collection = check(await response.text()) as FeatureCollection & { next: string | null };
      expect(collection.features.map((f) => f.id).sort()).toEqual(await publishedSlugs({ countryCode: "BY" }));
      expect(collection.next).toBeNull();
    }
  });

  it("answers 304 to a matching ETag", async () => {
    const first = await call(entries.GET, "/api/v1/entries?limit=3");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"v\d+-/);
    expect((await call(entries.GET, "/api/v1/entries?limit=3", { "if-none-match": etag })).status).toBe(304);
    expect((await call(entries.GET, "/api/v1/entries?limit=3&format=geojson", { "if-none-match": etag })).status).toBe(200);
  });

  it("rejects bad parameters with a problem body listing each", async () => {
    const response = await call(entries.GET, "/api/v1/entries?limit=500&kinds=statue&bbox=1,2,3&cursor=not-ours");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = problemSchema.parse(await response.json());
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(["bbox", "cursor", "kinds.0", "limit"]);

    const articleCursor = Buffer.from("articles:abc").toString("base64url");
    expect((await call(entries.GET, `/api/v1/entries?cursor=${articleCursor}`)).status).toBe(400);
  });
});

describe("GET /api/v1/entries/{slug}", () => {
  it("answers the entry in its documented shape, with its date as EDTF, its page and its themes", async () => {
    const response = await call(entry.GET, "/api/v1/entries/rzhev-memorial?locale=ru", {}, "rzhev-memorial");
    expect(response.status).toBe(200);
    const body = entryDetailSchema.parse(await response.json());
    expect(body).toMatchObject({ slug: "rzhev-memorial", text: { locale: "ru" }, tags: ["battles-of-rzhev"] });
    expect(body.url).toMatch(/\/ru\/entries\/rzhev-memorial$/);
    expect(body.edtf).toMatch(/^\d{4}/);

    const again = await call(
      entry.GET,
      "/api/v1/entries/rzhev-memorial?locale=ru",
      { "if-none-match": response.headers.get("etag")! },
      "rzhev-memorial",
    );
    expect(again.status).toBe(304);
  });

  it("is a GeoJSON Feature when asked, and 404 or 400 otherwise", async () => {
    const feature = check(await (await call(entry.GET, "/api/v1/entries/rzhev-memorial?format=geojson", {}, "rzhev-memorial")).text());
    expect(feature).toMatchObject({ type: "Feature", id: "rzhev-memorial", geometry: { type: "Point" } });

    const missing = await call(entry.GET, "/api/v1/entries/unpublished-draft", {}, "unpublished-draft");
    expect(missing.status).toBe(404);
    problemSchema.parse(await missing.json());
    expect((await call(entry.GET, "/api/v1/entries/Not%20A%20Slug", {}, "Not A Slug")).status).toBe(400);
  });
});

describe("GET /api/v1/articles", () => {
  it("walks every published article, and those about one entry", async () => {
    const { items } = await walk<{ slug: string }>(articles.GET, "/api/v1/articles?limit=1", "articles");
    const published = (await db.article.findMany({ where: { status: "published" }, select: { slug: true } })).map((a) => a.slug).sort();
    expect(items.map((a) => a.slug).sort()).toEqual(published);
    for (const item of items) articleListItemSchema.parse(item);

    const about = await walk<{ slug: string; about: string[] }>(articles.GET, "/api/v1/articles?entry=rzhev-memorial", "articles");
    expect(about.items.length).toBeGreaterThan(0);
    for (const item of about.items) expect(item.about).toContain("rzhev-memorial");
    expect((await call(articles.GET, "/api/v1/articles?entry=no-such-entry")).status).toBe(404);
  });

  it("answers one article in its documented shape", async () => {
    const slug = (await db.article.findFirstOrThrow({ where: { status: "published" } })).slug;
    const response = await call(article.GET, `/api/v1/articles/${slug}`, {}, slug);
    const body = articleDetailSchema.parse(await response.json());
    expect(body.slug).toBe(slug);
    expect((await call(article.GET, "/api/v1/articles/no-such-article", {}, "no-such-article")).status).toBe(404);
  });
});

describe("GET /api/v1/relations", () => {
  it("walks every link between published entries, and filters by entry and type", async () => {
    const { items } = await walk<{ id: string }>(relations.GET, "/api/v1/relations?limit=13", "relations");
    const stored = await db.entryRelation.count({ where: { from: { status: "published" }, to: { status: "published" } } });
    expect(new Set(items.map((r) => r.id)).size).toBe(stored);
    for (const item of items) relationSchema.parse(item);

    const comparable = await walk<{ type: string; from: { slug: string }; to: { slug: string } }>(
      relations.GET,
      "/api/v1/relations?entry=rzhev-memorial&type=comparable_to",
      "relations",
    );
    expect(comparable.items.length).toBeGreaterThan(0);
    for (const r of comparable.items) {
      expect(r.type).toBe("comparable_to");
      expect([r.from.slug, r.to.slug]).toContain("rzhev-memorial");
    }
  });

  it("draws each link as a line between its entries in GeoJSON", async () => {
    const response = await call(relations.GET, "/api/v1/relations?entry=rzhev-memorial&type=comparable_to&format=geojson");
    const collection = check(await response.text()) as FeatureCollection;
    expect(collection.features.length).toBeGreaterThan(0);
    for (const feature of collection.features) {
      const { from, to } = feature.properties as { from: { latitude: number | null; longitude: number | null }; to: typeof from };
      const placed = from.latitude !== null && to.latitude !== null;
      expect(feature.geometry).toEqual(
        placed
          ? {
              type: "LineString",
              coordinates: [
                [from.longitude, from.latitude],
                [to.longitude, to.latitude],
              ],
            }
          : null,
      );
    }
    expect(collection.features.some((feature) => feature.geometry !== null)).toBe(true);
    expect((await call(relations.GET, "/api/v1/relations?type=likes")).status).toBe(400);
  });
});
