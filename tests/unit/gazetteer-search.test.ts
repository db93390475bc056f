import { beforeAll, describe, expect, it, vi } from "vitest";
import { NameIndex } from "@/lib/gazetteer/name-index";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { searchPlaces } = await import("@/lib/gazetteer/search-places");
const { db } = await import("@/lib/db");

beforeAll(async () => {
  await seedReferenceData();
  // Reads and indexes the GeoNames dump: seconds on a busy machine.
  await searchPlaces("warm", { locale: "en", limit: 1 });
}, 120_000);

const first = async (query: string, locale: "en" | "ru" = "en", extra: { country?: string } = {}) =>
  (await searchPlaces(query, { locale, limit: 10, ...extra }))[0];

describe("place search in both scripts", () => {
  it("finds Sevastopol from Latin, Cyrillic and a transliteration with a soft-sign apostrophe", async () => {
    for (const query of ["Sevastopol", "Севастополь", "sevastopol'", "SEVASTOPOL"]) {
      const place = await first(query);
      expect(place, query).toMatchObject({ source: "geonames", names: { en: "Sevastopol", ru: "Севастополь" }, country: "UA" });
      expect(place!.latitude).toBeCloseTo(44.608, 2);
      expect(place!.longitude).toBeCloseTo(33.521, 2);
      expect(place!.population).toBeGreaterThan(300_000);
    }
    expect((await first("Севастополь", "ru"))!.name).toBe("Севастополь");
    expect((await first("Sevastopol", "en"))!.name).toBe("Sevastopol");
  });

  it("reads St., Ste., Mt. and Ft. as the words they shorten, so the larger Saint Petersburg comes first", async () => {
    for (const query of ["St Petersburg", "St. Petersburg", "Saint-Petersburg", "saint petersburg"]) {
      expect(await first(query), query).toMatchObject({ source: "geonames", names: { en: "Saint Petersburg" }, country: "RU" });
    }
    const florida = (await searchPlaces("St. Petersburg", { locale: "en", limit: 10 })).find((place) => place.country === "US");
    expect(florida?.name).toBe("St. Petersburg");
  });

  it("gives the collection's Rzhev, with the city's population, once, for Ржев and rzhev", async () => {
    for (const [query, locale, name] of [
      ["Ржев", "ru", "Ржев"],
      ["rzhev", "en", "Rzhev"],
    ] as const) {
      const places = await searchPlaces(query, { locale, limit: 10 });
      expect(places[0]).toMatchObject({ source: "collection", slug: "rzhev", kind: "place", name, country: "RU" });
      expect(places[0]!.population).toBeGreaterThan(50_000);
      expect(places.filter((p) => p.names.en === "Rzhev")).toHaveLength(1);
      // The memorial and the battles named after the town follow the town.
      expect(places.map((p) => p.slug)).toContain("rzhev-memorial");
    }
  });

  it("finds Almaty as Almaty, Алматы and by the collection's alias Alma-Ata / Алма-Ата", async () => {
    for (const query of ["Almaty", "Алматы", "alma-ata", "Алма-Ата", "ALMATY"]) {
      expect(await first(query), query).toMatchObject({ slug: "almaty", source: "collection", country: "KZ" });
    }
    expect((await first("Алматы", "ru"))!.name).toBe("Алматы");
  });

  it("finds a memorial by an alias in either language", async () => {
    expect(await first("Mamaev Kurgan")).toMatchObject({ slug: "mamayev-kurgan", source: "collection" });
    expect(await first("Мамаев курган", "ru")).toMatchObject({ slug: "mamayev-kurgan" });
  });

  it("ranks whole names over prefixes, and larger places first", async () => {
    const moscow = await searchPlaces("Moscow", { locale: "en", limit: 5 });
    expect(moscow[0]).toMatchObject({ country: "RU", names: { ru: "Москва" } });
    expect(moscow.slice(1).map((p) => p.country)).toContain("US");
    expect(await first("Москва")).toMatchObject({ country: "RU" });
    const prefix = await searchPlaces("volgog", { locale: "en", limit: 5 });
    expect(prefix[0]).toMatchObject({ names: { en: "Volgograd" } });
    const sizes = (await searchPlaces("Novo", { locale: "en", limit: 20 }))
      .filter((p) => p.names.en!.startsWith("Novo"))
      .map((p) => p.population ?? 0);
    expect(sizes.length).toBeGreaterThan(5);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("prefers the stated country and places near the given point", async () => {
    expect(await first("Moscow", "en", { country: "US" })).toMatchObject({ country: "US" });
    const nearIdaho = await searchPlaces("Moscow", { locale: "en", limit: 1, near: { latitude: 46.73, longitude: -117 } });
    expect(nearIdaho[0]).toMatchObject({ country: "US" });
  });

  it("answers nothing for nothing searchable or a single letter, and at most the limit", async () => {
    expect(await searchPlaces("  ;; ", { locale: "en", limit: 10 })).toEqual([]);
    expect(await searchPlaces("zzqqxxvv", { locale: "en", limit: 10 })).toEqual([]);
    expect(await searchPlaces("s", { locale: "en", limit: 10 })).toEqual([]);
    expect(await searchPlaces("Ж", { locale: "ru", limit: 10 })).toEqual([]);
    expect(await searchPlaces("sa", { locale: "en", limit: 7 })).toHaveLength(7);
  });

  it("walks an index's keys in order, exact matches first, so a cut-short walk keeps them", () => {
    const index = NameIndex.of([
      [0, "Monument to the Defenders"],
      [1, "Mo"],
      [2, "Motherland Calls"],
      [3, "Battle of Moscow"],
    ]);
    const visited: [number, string][] = [];
    index.visit("mo", (record, match) => visited.push([record, match]), 2);
    expect(visited).toEqual([
      [1, "exact"],
      [0, "prefix"],
    ]);
    expect(index.find("mo").get(3)).toBe("word");
  });

  it("follows the collection: an unpublished place drops out and the city it stood for comes back", async () => {
    // Searches during a rebuild get the previous build: the change shows once the rebuild is done.
    const eventually = { timeout: 60_000, interval: 100 };
    await db.entry.update({ where: { slug: "almaty" }, data: { status: "draft" } });
    try {
      await vi.waitFor(async () => {
        expect((await searchPlaces("Alma-Ata", { locale: "en", limit: 10 })).map((p) => p.slug)).not.toContain("almaty");
      }, eventually);
      expect(await first("Almaty")).toMatchObject({ source: "geonames", country: "KZ", names: { ru: "Алматы" } });
    } finally {
      await db.entry.update({ where: { slug: "almaty" }, data: { status: "published" } });
    }
    await vi.waitFor(async () => expect(await first("Almaty")).toMatchObject({ slug: "almaty" }), eventually);
  }, 120_000);
});
