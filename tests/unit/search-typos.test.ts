import { beforeAll, describe, expect, it } from "vitest";
import { nearestWord } from "@/lib/search/correct-words";
import { editDistanceWithin } from "@/lib/search/edit-distance";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { searchCollection } = await import("@/lib/data/search/search-collection");
const { searchEntryOptions } = await import("@/lib/data/search/search-entry-options");

// Seeding the reference collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("edit distance", () => {
  it("counts slips, and gives up past the allowed number", () => {
    expect(editDistanceWithin("rzev", "rzhev", 1)).toBe(1);
    expect(editDistanceWithin("poklonaa", "poklonnaa", 1)).toBe(1);
    expect(editDistanceWithin("kitten", "sitting", 3)).toBe(3);
    expect(editDistanceWithin("kitten", "sitting", 1)).toBe(2);
    expect(editDistanceWithin("same", "same", 0)).toBe(0);
  });

  it("corrects towards the nearest, most used word, and leaves short words alone", () => {
    const vocabulary = new Map([
      ["rzhev", 5],
      ["rzheva", 1],
      ["mars", 3],
    ]);
    expect(nearestWord("rzev", vocabulary)).toBe("rzhev");
    expect(nearestWord("rzhev", vocabulary)).toBeNull();
    expect(nearestWord("mar", vocabulary)).toBeNull();
    expect(nearestWord("zzqqxx", vocabulary)).toBeNull();
  });
});

describe("a misspelt search still finds the entry", () => {
  it.each([
    ["Rzev", "rzhev-memorial"],
    ["Poklonaya", "victory-park-poklonnaya-gora"],
    ["Piskaryovskoe", "piskaryovskoye-memorial-cemetery"],
  ])("%s finds %s, with the matched word highlighted", async (query, slug) => {
    const { entries } = await searchCollection({ query, locale: "en", limit: 20 });
    const found = entries.find((e) => e.slug === slug);
    expect(found, `${query} → ${entries.map((e) => e.slug).join(", ")}`).toBeDefined();
    expect(found!.snippet?.some((part) => part.match)).toBe(true);
  });

  it("corrects in the pickers too, and still finds nothing for nonsense", async () => {
    const options = await searchEntryOptions({ query: "Rzev memorial", locale: "en", limit: 10, publishedOnly: true });
    expect(options.map((o) => o.slug)).toContain("rzhev-memorial");
    expect((await searchCollection({ query: "zzqqxx", locale: "en", limit: 20 })).entries).toEqual([]);
  });
});
