import { beforeAll, describe, expect, it } from "vitest";
import { foldText } from "@/lib/search/fold-text";
import { highlightSnippet } from "@/lib/search/highlight-snippet";
import { textSkeleton, wordSkeleton } from "@/lib/search/skeleton";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { searchCollection } = await import("@/lib/data/search/search-collection");
const { db } = await import("@/lib/db");

// Seeding the reference collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

const slugsFor = async (query: string, locale = "en") => (await searchCollection({ query, locale, limit: 20 })).entries.map((e) => e.slug);

describe("folding and transliteration", () => {
  it("folds case, diacritics and ё", () => {
    expect(foldText("Пискарёвское PISKARËVSKOE")).toBe("пискаревское piskarevskoe");
    expect(foldText("Ёлка").length).toBe(4);
  });

  it("gives spelling variants one skeleton", () => {
    expect(wordSkeleton("Мамаев")).toBe("mamaev");
    expect(wordSkeleton("Mamayev")).toBe("mamaev");
    expect(wordSkeleton("mamaev")).toBe("mamaev");
    expect(wordSkeleton("Пискарёвское")).toBe(wordSkeleton("Piskaryovskoye"));
    expect(wordSkeleton("Евгений")).toBe(wordSkeleton("Yevgeny"));
    expect(textSkeleton("Хатынь, Khatyn")).toBe("hatin hatin");
  });

  it("highlights the matching words of the original text", () => {
    const parts = highlightSnippet("The Motherland Calls on Mamayev Kurgan", "mamayev");
    expect(parts?.filter((p) => p.match).map((p) => p.text)).toEqual(["Mamayev"]);
    expect(highlightSnippet("Пискарёвское кладбище", "пискаревское")?.find((p) => p.match)?.text).toBe("Пискарёвское");
  });
});

describe("search on the reference collection", () => {
  it("finds Mamayev Kurgan from Cyrillic, Latin and English spellings", async () => {
    expect(await slugsFor("Мамаев")).toContain("mamayev-kurgan");
    expect(await slugsFor("mamaev")).toContain("mamayev-kurgan");
    expect(await slugsFor("Mamayev Kurgan")).toContain("mamayev-kurgan");
    expect((await slugsFor("Mamayev Kurgan"))[0]).toBe("mamayev-kurgan");
    expect(await slugsFor("МАМАЕВ КУРГАН", "ru")).toContain("mamayev-kurgan");
  });

  it("matches ё and е alike, and prefixes", async () => {
    expect(await slugsFor("Пискарёвское")).toContain("piskaryovskoye-memorial-cemetery");
    expect(await slugsFor("пискаревск")).toContain("piskaryovskoye-memorial-cemetery");
    expect(await slugsFor("Алёша")).toContain("alyosha-murmansk");
  });

  it("finds transliterated Latin text from a Cyrillic query and the reverse", async () => {
    expect(await slugsFor("Хатынь")).toContain("khatyn-memorial");
    expect(await slugsFor("khatyn")).toContain("khatyn-memorial");
    expect(await slugsFor("rzhevskaya")).toContain("battles-of-rzhev");
  });

  it("searches article text and returns a highlighted passage", async () => {
    const results = await searchCollection({ query: "Ovsienko", locale: "en", limit: 10 });
    expect(results.articles.map((a) => a.slug)).toContain("rzhev-memorial-central-figure-installation-begins");
    expect(results.articles[0]!.snippet?.some((p) => p.match && p.text === "Ovsienko")).toBe(true);
  });

  it("leaves out unpublished entries and finds nothing for nonsense", async () => {
    await db.entry.update({ where: { slug: "khatyn-memorial" }, data: { status: "draft" } });
    expect(await slugsFor("Khatyn")).not.toContain("khatyn-memorial");
    await db.entry.update({ where: { slug: "khatyn-memorial" }, data: { status: "published" } });
    expect(await slugsFor("zzqqxx")).toEqual([]);
    expect(await slugsFor("  ;; ")).toEqual([]);
    expect(await slugsFor('"OR AND NOT *')).toEqual([]);
  });
});
