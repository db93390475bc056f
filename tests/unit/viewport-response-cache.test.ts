import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { db } = await import("@/lib/db");
const { GET } = await import("@/app/api/v1/viewport/route");
const { canonicalQuery, viewportEtag } = await import("@/lib/viewport");

function entry(slug: string, latitude: number, longitude: number, date: string): EntryInput {
  return {
    slug,
    kind: "memorial",
    status: "published",
    latitude,
    longitude,
    date,
    translations: { en: { title: slug } },
    citations: [
      { sourceKey: "cache", field: "date" },
      { sourceKey: "cache", field: "coordinates" },
    ],
  };
}

beforeAll(async () => {
  await upsertSource({ key: "cache", title: "Response cache fixtures" });
  for (let i = 0; i < 5; i++) await createEntry(entry(`cached-${i}`, 55 + i * 0.1, 37 + i * 0.1, `194${i}`));
});

const VIEW = "bbox=30,50,45,60&aggregate=map&zoom=6&require=coordinates&limit=300&locale=en";

async function get(query: string, headers: Record<string, string> = {}) {
  return GET(new NextRequest(`http://localhost/api/v1/viewport?${query}`, { headers }));
}

async function slugs(response: Response): Promise<string[]> {
  const body = (await response.json()) as { entries: { slug: string }[] };
  return body.entries.map((e) => e.slug).sort();
}

describe("viewport responses keyed by the collection version", () => {
  it("answers a repeated request whose ETag the client holds with 304 and no body", async () => {
    const first = await get(VIEW);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"v\d+-/);
    expect(first.headers.get("cache-control")).toContain("must-revalidate");
    expect(await slugs(first)).toEqual(["cached-0", "cached-1", "cached-2", "cached-3", "cached-4"]);

    const again = await get(VIEW, { "if-none-match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get(VIEW, { "if-none-match": `W/${etag}` })).status).toBe(304);
  });

  it("gives the same view asked in another parameter order the same ETag", async () => {
    const reordered = VIEW.split("&").reverse().join("&");
    expect((await get(reordered)).headers.get("etag")).toBe((await get(VIEW)).headers.get("etag"));
  });

  it("never serves a stale answer once an entry changes: the version bump changes the ETag", async () => {
    const before = await get(VIEW);
    const etag = before.headers.get("etag")!;
    expect(await slugs(before)).toContain("cached-2");

    await db.entry.update({ where: { slug: "cached-2" }, data: { status: "draft" } });

    const revalidated = await get(VIEW, { "if-none-match": etag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get("etag")).not.toBe(etag);
    expect(await slugs(revalidated)).toEqual(["cached-0", "cached-1", "cached-3", "cached-4"]);

    await db.entry.update({ where: { slug: "cached-2" }, data: { status: "published" } });
    expect(await slugs(await get(VIEW))).toContain("cached-2");
  });

  it("computes searches and theme or comparable filters every time, without an ETag", async () => {
    const searched = await get(`${VIEW}&q=cached`);
    expect(searched.status).toBe(200);
    expect(searched.headers.get("etag")).toBeNull();
    expect((await get(`${VIEW}&comparable=1`)).headers.get("etag")).toBeNull();
  });

  it("still refuses an invalid request with a problem body", async () => {
    const response = await get("bbox=1,2,3&locale=en");
    expect(response.status).toBe(400);
    expect(response.headers.get("etag")).toBeNull();
  });
});

describe("response cache keys", () => {
  it("never serves one locale's cached answer for another when a parameter repeats", async () => {
    const base = VIEW.replace("&locale=en", "");
    const english = await get(`${base}&locale=ru&locale=en`);
    const russian = await get(`${base}&locale=en&locale=ru`);
    expect(english.headers.get("etag")).not.toBe(russian.headers.get("etag"));
    expect(english.headers.get("etag")).toBe((await get(`${base}&locale=en`)).headers.get("etag"));
  });

  it("keys the parsed query, in one order, so repeated or unknown parameters cannot mix views", () => {
    expect(canonicalQuery({ b: 2, a: 1, c: undefined })).toBe(canonicalQuery({ a: 1, b: 2 }));
    expect(canonicalQuery({ locale: "ru" })).not.toBe(canonicalQuery({ locale: "en" }));
  });

  it("changes the ETag with the version and the database", () => {
    const tag = viewportEtag("file:a.db", 3, "a=1");
    expect(viewportEtag("file:a.db", 4, "a=1")).not.toBe(tag);
    expect(viewportEtag("file:b.db", 3, "a=1")).not.toBe(tag);
    expect(viewportEtag("file:a.db", 3, "a=1")).toBe(tag);
  });
});
