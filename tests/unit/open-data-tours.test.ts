import { check } from "@placemarkio/check-geojson";
import type { FeatureCollection, Point } from "geojson";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { problemSchema } from "@/lib/open-data/schemas/problem-schema";
import { tourDetailSchema, tourFeatureCollectionSchema, tourListItemSchema } from "@/lib/open-data/schemas/tour-schemas";
import { dayStart } from "@/lib/url-state/explorer-url-state";
import type { TourEditInput } from "@/lib/validation/tour";
import { CURATOR } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { createTour } = await import("@/lib/data/tours/create-tour");
const { TOUR } = await import("@/lib/data/tours/tour-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { tourSnapshotToEdit } = await import("@/lib/data/tours/snapshot-to-edit");
const { contentStamp } = await import("@/lib/data/open-data/content-stamp");
const { db } = await import("@/lib/db");
const BASE = (await import("@/lib/site-url")).absoluteUrl("");
const tours = await import("@/app/api/v1/tours/route");
const tour = await import("@/app/api/v1/tours/[slug]/route");

type Handler = (request: NextRequest, context: { params: Promise<{ slug: string }> }) => Promise<Response>;

function call(handler: Handler, url: string, headers: Record<string, string> = {}): Promise<Response> {
  const address = new URL(url, "http://localhost");
  const slug = decodeURIComponent(address.pathname.split("/")[4] ?? "");
  return handler(new NextRequest(address, { headers }), { params: Promise.resolve({ slug }) });
}

/** Follows `next` from the first page to the last, as a client would. */
async function walk(first: string): Promise<{ slugs: string[]; items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const response = await call(tours.GET, url);
    expect(response.status, url).toBe(200);
    const body = (await response.json()) as { tours: unknown[]; next: string | null };
    items.push(...body.tours);
    if (body.next) expect(response.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
    url = body.next ? new URL(body.next).pathname + new URL(body.next).search : null;
    pages++;
  }
  return { items, slugs: items.map((item) => (item as { slug: string }).slug), pages };
}

/** Three steps on the seed's records: an entry with its own view and window, a slide, an article. */
function lesson(slug: string, overrides: Partial<TourEditInput> = {}): TourEditInput {
  return {
    slug,
    translations: {
      en: { title: `Tour ${slug}`, introduction: "For year 9" },
      ru: { title: `Экскурсия ${slug}`, introduction: "Для 9 класса" },
    },
    steps: [
      {
        kind: "entry",
        entrySlug: "battles-of-rzhev",
        latitude: 56.26,
        longitude: 34.33,
        zoom: 8,
        from: "1941-06-22",
        to: "1945-05-09",
        texts: { en: { narrative: "Where it began", question: "How long did it last?" }, ru: { narrative: "Где всё началось" } },
      },
      { kind: "slide", texts: { en: { title: "Think", narrative: "A pause" } } },
      { kind: "article", articleSlug: "rzhev-memorial-central-figure-installation-begins", texts: {} },
    ],
    ...overrides,
  };
}

const SEEDED = "from-rzhev-to-the-great-memorials";
const englishOnly = { en: { title: "English only", introduction: "" } };
const UNPUBLISHED = ["api-tour-draft", "api-tour-shared", "api-tour-review", "api-tour-archived"];

async function publishedAt(slug: string, at: Date | null): Promise<void> {
  await db.tour.update({ where: { slug }, data: { publishedAt: at } });
}

beforeAll(async () => {
  await seedReferenceData();
  await db.user.create({ data: { ...CURATOR } });
  await createTour(lesson("api-tour-old"), { actor: null, status: "published" });
  await createTour(lesson("api-tour-twin-a", { translations: englishOnly }), { actor: null, status: "published" });
  await createTour(lesson("api-tour-twin-b", { translations: englishOnly }), { actor: null, status: "published" });
  await createTour(lesson("api-tour-undated"), { actor: null, status: "published" });
  await publishedAt("api-tour-old", new Date("2026-01-01T00:00:00Z"));
  await publishedAt("api-tour-twin-a", new Date("2026-03-01T00:00:00Z"));
  await publishedAt("api-tour-twin-b", new Date("2026-03-01T00:00:00Z"));
  // Not set by any move today; still published, so still listed, after the dated ones on either database.
  await publishedAt("api-tour-undated", null);
  await createTour(lesson("api-tour-draft"), { actor: null });
  await createTour(lesson("api-tour-shared", { shared: true }), { actor: null });
  await createTour(lesson("api-tour-review"), { actor: null, status: "in_review" });
  await createTour(lesson("api-tour-archived"), { actor: null, status: "archived" });
  await createEntry({ slug: "api-draft-entry", kind: "event", status: "draft", translations: { en: { title: "Draft" } } });
}, 120_000);

describe("GET /api/v1/tours", () => {
  it("walks the published tours, latest published first, by cursor, in the documented shape", async () => {
    const twins = (await db.tour.findMany({ where: { slug: { startsWith: "api-tour-twin" } }, orderBy: { id: "desc" } })).map(
      (t) => t.slug,
    );
    const expected = [SEEDED, ...twins, "api-tour-old", "api-tour-undated"];
    for (const limit of [1, 2, 50]) {
      const { slugs, items, pages } = await walk(`/api/v1/tours?limit=${limit}`);
      expect(slugs).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / limit));
      for (const item of items) tourListItemSchema.parse(item);
    }
  });

  it("gives each tour's texts in the language asked for, else another, with its step count, date and addresses", async () => {
    const { items } = await walk("/api/v1/tours?locale=ru");
    const bySlug = new Map(items.map((item) => [(item as { slug: string }).slug, tourListItemSchema.parse(item)]));
    expect(bySlug.get("api-tour-old")).toEqual({
      slug: "api-tour-old",
      title: "Экскурсия api-tour-old",
      titleLocale: "ru",
      introduction: "Для 9 класса",
      stepCount: 3,
      publishedAt: "2026-01-01T00:00:00.000Z",
      url: `${BASE}/ru/tours/api-tour-old`,
      presentUrl: `${BASE}/ru/tours/api-tour-old/present`,
      handoutUrl: `${BASE}/ru/handout?tour=api-tour-old`,
      apiUrl: `${BASE}/api/v1/tours/api-tour-old?locale=ru`,
    });
    expect(bySlug.get("api-tour-twin-a")).toMatchObject({ title: "English only", titleLocale: "en" });
    expect(bySlug.get("api-tour-undated")?.publishedAt).toBeNull();
    expect(bySlug.get(SEEDED)?.stepCount).toBe(7);
  });

  it("lists only the tours with a step on a published entry, and 404 for an entry that is not published", async () => {
    expect((await walk("/api/v1/tours?entry=mamayev-kurgan")).slugs).toEqual([SEEDED]);
    expect((await walk("/api/v1/tours?entry=battles-of-rzhev&limit=1")).slugs).toContain("api-tour-old");
    expect((await walk("/api/v1/tours?entry=battles-of-rzhev")).slugs).not.toContain("api-tour-draft");
    for (const entry of ["no-such-entry", "api-draft-entry"]) {
      const response = await call(tours.GET, `/api/v1/tours?entry=${entry}`);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("never lists a draft, a tour in review, an archived one or one shared by link", async () => {
    const { slugs } = await walk("/api/v1/tours?limit=200");
    for (const slug of UNPUBLISHED) expect(slugs).not.toContain(slug);
  });

  it("rejects bad parameters with a problem body listing each", async () => {
    const response = await call(tours.GET, "/api/v1/tours?limit=abc&cursor=not-ours&locale=de&entry=Not_A_Slug");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = problemSchema.parse(await response.json());
    expect(problem.errors!.map((e) => e.path).sort()).toEqual(["cursor", "entry", "limit", "locale"]);
    for (const cursor of [Buffer.from("articles:abc").toString("base64url"), Buffer.from("tours:abc").toString("base64url")]) {
      expect((await call(tours.GET, `/api/v1/tours?cursor=${cursor}`)).status, cursor).toBe(400);
    }
    expect((await call(tours.GET, "/api/v1/tours?limit=0")).status).toBe(400);
  });
});

describe("GET /api/v1/tours/{slug}", () => {
  it("answers a published tour with its steps in order, each with its entry, view, window and sources", async () => {
    const response = await call(tour.GET, "/api/v1/tours/api-tour-old");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = tourDetailSchema.parse(await response.json());
    expect(body).toMatchObject({ slug: "api-tour-old", title: "Tour api-tour-old", titleLocale: "en", stepCount: 3 });
    expect(body.url).toBe(`${BASE}/en/tours/api-tour-old`);
    expect(body.steps.map((s) => [s.number, s.kind])).toEqual([
      [1, "entry"],
      [2, "slide"],
      [3, "article"],
    ]);
    const [first, slide, article] = body.steps;
    const rzhev = await db.entry.findUniqueOrThrow({ where: { slug: "battles-of-rzhev" }, select: { latitude: true, longitude: true } });
    expect(first).toMatchObject({
      title: "Battles of Rzhev",
      narrative: "Where it began",
      question: "How long did it last?",
      entry: { slug: "battles-of-rzhev", kind: "event", latitude: rzhev.latitude, longitude: rzhev.longitude },
      view: { latitude: 56.26, longitude: 34.33, zoom: 8 },
      window: { start: dayStart("1941-06-22"), end: dayStart("1945-05-09") },
      article: null,
    });
    expect(first!.entry!.url).toBe(`${BASE}/en/entries/battles-of-rzhev`);
    expect(first!.entry!.dateLabel).toBeTruthy();
    expect(first!.sources.length).toBeGreaterThan(0);
    expect(slide).toMatchObject({
      title: "Think",
      narrative: "A pause",
      entry: null,
      article: null,
      view: null,
      window: null,
      sources: [],
    });
    expect(article).toMatchObject({
      entry: null,
      article: {
        slug: "rzhev-memorial-central-figure-installation-begins",
        url: `${BASE}/en/articles/rzhev-memorial-central-figure-installation-begins`,
      },
    });
    expect(article!.title).toBe(article!.article!.title);
  });

  it("frames a step without its own view on its entry, and speaks the language asked for", async () => {
    const body = tourDetailSchema.parse(await (await call(tour.GET, `/api/v1/tours/${SEEDED}?locale=ru`)).json());
    expect(body.titleLocale).toBe("ru");
    const memorial = body.steps[1]!;
    expect(memorial.entry?.slug).toBe("rzhev-memorial");
    expect(memorial.view).toMatchObject({ latitude: memorial.entry!.latitude, longitude: memorial.entry!.longitude });
    expect(memorial.window).not.toBeNull();
    expect(memorial.narrative).toMatch(/Ржевский мемориал/);
    expect(memorial.entry!.url).toMatch(/\/ru\/entries\/rzhev-memorial$/);
  });

  it("is a GeoJSON FeatureCollection of its steps' points, longitude first, when asked either way", async () => {
    for (const ask of [
      { url: "/api/v1/tours/api-tour-old?format=geojson", headers: {} as Record<string, string> },
      { url: "/api/v1/tours/api-tour-old", headers: { accept: "application/geo+json" } },
    ]) {
      const response = await call(tour.GET, ask.url, ask.headers);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/geo+json");
      expect(response.headers.get("vary")).toBe("Accept");
      const text = await response.text();
      const collection = check(text) as FeatureCollection;
      tourFeatureCollectionSchema.parse(JSON.parse(text));
      const rzhev = await db.entry.findUniqueOrThrow({ where: { slug: "battles-of-rzhev" }, select: { latitude: true, longitude: true } });
      expect(collection.features.map((f) => f.id)).toEqual(["step-1", "step-2", "step-3"]);
      expect((collection.features[0]!.geometry as Point).coordinates).toEqual([rzhev.longitude, rzhev.latitude]);
      expect(collection.features[0]!.properties).toMatchObject({
        number: 1,
        title: "Battles of Rzhev",
        entry: { slug: "battles-of-rzhev" },
      });
      expect(collection.features.slice(1).map((f) => f.geometry)).toEqual([null, null]);
      expect(collection.features[1]!.properties).toMatchObject({ number: 2, kind: "slide", title: "Think", entry: null });
    }
    const seeded = check(await (await call(tour.GET, `/api/v1/tours/${SEEDED}?format=geojson`)).text()) as FeatureCollection;
    expect(seeded.features).toHaveLength(7);
    expect(seeded.features.filter((f) => f.geometry !== null).length).toBeGreaterThanOrEqual(6);
  });

  it("answers 404 for a tour that is not published, even with its share token, and 400 for a bad address", async () => {
    for (const slug of [...UNPUBLISHED, "no-such-tour"]) {
      const token = (await db.tour.findUnique({ where: { slug }, select: { shareToken: true } }))?.shareToken ?? "x";
      for (const url of [`/api/v1/tours/${slug}`, `/api/v1/tours/${slug}?t=${token}`, `/api/v1/tours/${slug}?format=geojson&t=${token}`]) {
        const response = await call(tour.GET, url);
        expect(response.status, url).toBe(404);
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        const text = await response.text();
        expect(text).not.toContain(token);
      }
    }
    expect((await call(tour.GET, "/api/v1/tours/Not%20A%20Slug")).status).toBe(400);
    expect((await call(tour.GET, "/api/v1/tours/api-tour-old?format=kml")).status).toBe(400);
    expect((await call(tour.GET, "/api/v1/tours/api-tour-old?locale=de")).status).toBe(400);
  });
});

describe("the tours' ETags", () => {
  it("answer 304 while nothing changed, and change when a tour is published, edited or withdrawn", async () => {
    const list = async () => {
      const response = await call(tours.GET, "/api/v1/tours?limit=200");
      const body = (await response.json()) as { tours: { slug: string; title: string }[] };
      return { etag: response.headers.get("etag")!, tours: body.tours };
    };
    const one = async (headers: Record<string, string> = {}) => call(tour.GET, "/api/v1/tours/api-tour-draft", headers);

    const before = await list();
    expect(before.etag).toMatch(/^"v\d+-/);
    expect((await call(tours.GET, "/api/v1/tours?limit=200", { "if-none-match": before.etag })).status).toBe(304);
    const stamp = await contentStamp();

    const draft = (await getRecordForEditing(TOUR, "api-tour-draft"))!;
    const { version } = await changeRecordStatus(TOUR, { id: draft.id, expectedVersion: draft.version, to: "published", actor: CURATOR });
    const published = await list();
    expect(published.tours.map((t) => t.slug)).toContain("api-tour-draft");
    expect(published.etag).not.toBe(before.etag);
    expect((await contentStamp()).stamp).not.toBe(stamp.stamp);
    expect((await call(tours.GET, "/api/v1/tours?limit=200", { "if-none-match": before.etag })).status).toBe(200);
    const shown = await one();
    expect(shown.status).toBe(200);
    expect((await one({ "if-none-match": shown.headers.get("etag")! })).status).toBe(304);

    const live = (await getRecordForEditing(TOUR, "api-tour-draft"))!;
    const edit = await tourSnapshotToEdit(live.snapshot);
    await updateRecord(TOUR, {
      id: draft.id,
      expectedVersion: version,
      edit: { ...edit, translations: { ...edit.translations, en: { title: "Renamed", introduction: "" } } },
      actor: CURATOR,
    });
    const edited = await list();
    expect(edited.tours.find((t) => t.slug === "api-tour-draft")?.title).toBe("Renamed");
    expect(edited.etag).not.toBe(published.etag);
    expect((await one({ "if-none-match": shown.headers.get("etag")! })).status).toBe(200);

    await changeRecordStatus(TOUR, { id: draft.id, expectedVersion: version + 1, to: "archived", actor: CURATOR });
    const withdrawn = await list();
    expect(withdrawn.tours.map((t) => t.slug)).not.toContain("api-tour-draft");
    expect(withdrawn.etag).not.toBe(edited.etag);
    expect((await one()).status).toBe(404);
  });
});
