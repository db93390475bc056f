import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { searchCollection } = await import("@/lib/data/search/search-collection");
const { searchQuerySchema } = await import("@/lib/validation/search");

// Seeding the reference collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

/** The slugs the search API would answer for this query string. */
async function slugsFor(query: string): Promise<string[]> {
  const { q, locale, limit, ...filters } = searchQuerySchema.parse(Object.fromEntries(new URLSearchParams(query)));
  return (await searchCollection({ query: q, locale, limit, filters })).entries.map((e) => e.slug);
}

describe("the explorer's search: across the collection, narrowed by its filters", () => {
  it("keeps the matches every filter lets through, and only those", async () => {
    expect(await slugsFor("q=Stalingrad")).toEqual(expect.arrayContaining(["battle-of-stalingrad", "mamayev-kurgan"]));
    expect(await slugsFor("q=Stalingrad&kinds=memorial")).toContain("mamayev-kurgan");
    expect(await slugsFor("q=Stalingrad&kinds=memorial")).not.toContain("battle-of-stalingrad");
    expect(await slugsFor("q=Stalingrad&countries=BY")).toEqual([]);
    expect(await slugsFor("q=Stalingrad&after=1960&before=1970")).toEqual(["mamayev-kurgan"]);
    expect(await slugsFor("q=Stalingrad&tags=battles-of-rzhev")).not.toContain("mamayev-kurgan");
    expect(await slugsFor("q=Mamayev&comparable=1")).toContain("mamayev-kurgan");
  });

  it("narrows to a box on the map only when asked", async () => {
    // A box around Rzhev, far from Volgograd.
    expect(await slugsFor("q=Mamaev&bbox=33.5,55.8,35.0,56.6")).toEqual([]);
    expect(await slugsFor("q=Mamaev&bbox=43.0,48.0,46.0,49.5")).toContain("mamayev-kurgan");
    expect(await slugsFor("q=Mamaev")).toContain("mamayev-kurgan");
  });

  it("says where each match is, in the visitor's language", async () => {
    const { entries } = await searchCollection({ query: "Mamaev", locale: "ru", limit: 5 });
    expect(entries.find((e) => e.slug === "mamayev-kurgan")?.placeName).toBe("Мамаев курган, Волгоград, Россия");
  });

  it("refuses filters it cannot read", () => {
    expect(searchQuerySchema.safeParse({ q: "x", kinds: "statue" }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: "x", bbox: "1,2,3" }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: "x", after: "1970", before: "1960" }).success).toBe(false);
  });
});
