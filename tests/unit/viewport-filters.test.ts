import { beforeAll, describe, expect, it } from "vitest";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { queryViewport } = await import("@/lib/viewport");

// Seeding the reference collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

async function slugs(params: Record<string, string>): Promise<string[]> {
  const result = await queryViewport(viewportQuerySchema.parse(params));
  if (result.mode === "buckets") throw new Error("unexpected buckets");
  return result.entries.map((e) => e.slug).sort();
}

describe("viewport filters on the reference collection", () => {
  it("narrows the map, the timeline and the list to a search", async () => {
    // The Battle of Stalingrad's Russian text names Mamayev Kurgan, where it is shown; the Latin spelling
    // "mamaev" matches the memorial's own names only.
    expect(await slugs({ q: "Мамаев", require: "coordinates" })).toEqual(["battle-of-stalingrad", "mamayev-kurgan"]);
    expect(await slugs({ q: "mamaev", require: "dates", from: "1900", to: "2030" })).toEqual(["mamayev-kurgan"]);
    expect(await slugs({ q: "mamaev", bbox: "-10,40,60,70", aggregate: "map", zoom: "4" })).toEqual(["mamayev-kurgan"]);
    expect(await slugs({ q: "nothing-like-this" })).toEqual([]);
  });

  it("filters by country", async () => {
    expect(await slugs({ countries: "BY", require: "dates" })).toEqual([
      "brest-hero-fortress",
      "defence-of-brest-fortress-1941",
      "destruction-of-khatyn-1943",
      "khatyn-memorial",
    ]);
    expect(await slugs({ countries: "BY,LV", require: "coordinates" })).toEqual([
      "destruction-of-khatyn-1943",
      "khatyn-memorial",
      "salaspils-camp",
      "salaspils-memorial",
    ]);
  });

  it("filters by theme", async () => {
    expect(await slugs({ tags: "battles-of-rzhev", require: "dates" })).toEqual([
      "battles-of-rzhev",
      "liberation-of-rzhev-1943",
      "operation-mars",
      "rzhev-central-figure-installation-2020",
      "rzhev-memorial",
      "rzhev-memorial-opening-2020",
    ]);
    expect(await slugs({ tags: "battle-of-stalingrad,csto", require: "coordinates" })).toEqual([
      "battle-of-stalingrad",
      "csto-defence-ministers-memorial-of-glory-2024",
      "csto-security-council-secretaries-almaty-2024",
      "mamayev-kurgan",
    ]);
  });

  it("keeps only entries with comparable monuments", async () => {
    expect(await slugs({ comparable: "1", require: "dates" })).toEqual([
      "alyosha-murmansk",
      "mamayev-kurgan",
      "piskaryovskoye-memorial-cemetery",
      "rear-to-the-front-magnitogorsk",
      "rzhev-memorial",
      "soldier-and-sailor-sevastopol",
      "victory-park-poklonnaya-gora",
    ]);
  });

  it("applies a date range on top of the timeline window", async () => {
    expect(await slugs({ kinds: "memorial", before: "1979", require: "dates", from: "1000", to: "3000" })).toEqual([
      "alyosha-murmansk",
      "brest-hero-fortress",
      "heroic-defenders-of-leningrad",
      "khatyn-memorial",
      "mamayev-kurgan",
      "memorial-of-glory-almaty",
      "piskaryovskoye-memorial-cemetery",
      "rear-to-the-front-magnitogorsk",
      "salaspils-memorial",
      "soviet-war-memorial-treptower-park",
    ]);
    expect(await slugs({ kinds: "memorial", after: "1990", before: "1999", require: "dates" })).toEqual([
      "prokhorovka-field-belfry",
      "victory-museum-moscow",
      "victory-park-poklonnaya-gora",
    ]);
  });

  it("rejects a reversed date range and bad country codes", () => {
    expect(viewportQuerySchema.safeParse({ after: "2000", before: "1900" }).success).toBe(false);
    expect(viewportQuerySchema.safeParse({ countries: "russia" }).success).toBe(false);
  });
});
