import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { searchEntryOptions } = await import("@/lib/data/search/search-entry-options");
const { listEntryTitles } = await import("@/lib/data/entries/list-entry-titles");
const { db } = await import("@/lib/db");

beforeAll(async () => {
  await seedReferenceData();
  await db.entry.update({ where: { slug: "khatyn-memorial" }, data: { status: "draft" } });
}, 60_000);

const staff = async (query: string, options: { kind?: string; locale?: string } = {}) =>
  (await searchEntryOptions({ query, locale: options.locale ?? "en", limit: 10, publishedOnly: false, ...options })).map((o) => o.slug);
const visitor = async (query: string, options: { kind?: string } = {}) =>
  (await searchEntryOptions({ query, locale: "en", limit: 10, publishedOnly: true, ...options })).map((o) => o.slug);

describe("entry options for pickers", () => {
  it("finds an entry by its title in either script and spelling", async () => {
    expect(await staff("Мамаев")).toContain("mamayev-kurgan");
    expect(await staff("mamaev")).toContain("mamayev-kurgan");
    expect((await staff("Mamayev Kurgan"))[0]).toBe("mamayev-kurgan");
  });

  it("puts the entry whose slug was typed first, and finds slugs by their beginning", async () => {
    expect((await staff("rzhev"))[0]).toBe("rzhev");
    expect((await staff("rzhev-memorial"))[0]).toBe("rzhev-memorial");
    expect(await staff("rzhev-mem")).toContain("rzhev-memorial");
    // One letter is too little for the full-text index: slugs starting with it only.
    const oneLetter = await staff("k");
    expect(oneLetter.length).toBeGreaterThan(0);
    expect(oneLetter.every((slug) => slug.startsWith("k"))).toBe(true);
  });

  it("gives staff drafts too and visitors only published entries", async () => {
    expect(await staff("Khatyn")).toContain("khatyn-memorial");
    expect(await staff("khatyn-memorial")).toContain("khatyn-memorial");
    expect(await visitor("Khatyn")).not.toContain("khatyn-memorial");
    expect(await visitor("khatyn-memorial")).not.toContain("khatyn-memorial");
  });

  it("keeps to one kind when asked, and names entries in the reader's language", async () => {
    const memorials = await visitor("rzhev", { kind: "memorial" });
    expect(memorials).toContain("rzhev-memorial");
    expect(memorials).not.toContain("battles-of-rzhev");
    const [russian] = await searchEntryOptions({ query: "mamayev-kurgan", locale: "ru", limit: 1, publishedOnly: false });
    expect(russian).toMatchObject({ slug: "mamayev-kurgan", titleLocale: "ru", kind: "memorial", status: "published" });
    expect(russian!.title).toMatch(/Мамаев/);
  });

  it("answers nothing for nothing, and never more than asked", async () => {
    expect(await staff("   ")).toEqual([]);
    expect(await staff("zzqqxx")).toEqual([]);
    expect(await staff('"OR AND NOT *')).toEqual([]);
    expect((await searchEntryOptions({ query: "memorial", locale: "en", limit: 3, publishedOnly: false })).length).toBe(3);
  });

  it("names chosen entries by slug without searching, whatever their status", async () => {
    const titles = await listEntryTitles({ slugs: ["khatyn-memorial", "rzhev-memorial", "no-such-entry", "rzhev-memorial"], locale: "en" });
    expect(titles.map((t) => t.slug).sort()).toEqual(["khatyn-memorial", "rzhev-memorial"]);
    expect(titles.find((t) => t.slug === "rzhev-memorial")?.title).toBe("Rzhev Memorial to the Soviet Soldier");
    expect(await listEntryTitles({ slugs: [], locale: "en" })).toEqual([]);
  });
});
