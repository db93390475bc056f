import { beforeAll, describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { db } = await import("@/lib/db");
const { queryViewport } = await import("@/lib/viewport");

function entry(i: number): EntryInput {
  return {
    slug: `kept-${i}`,
    kind: "memorial",
    status: "published",
    latitude: 52 + i * 0.1,
    longitude: 13 + i * 0.1,
    date: `1950-0${i + 1}-15`,
    translations: { en: { title: `Kept ${i}` }, ru: { title: `Сохранённый ${i}` } },
    citations: [
      { sourceKey: "kept", field: "date" },
      { sourceKey: "kept", field: "coordinates" },
    ],
  } as EntryInput;
}

beforeAll(async () => {
  await upsertSource({ key: "kept", title: "Summary cache fixtures" });
  for (let i = 0; i < 4; i++) await createEntry(entry(i));
});

async function summaries(locale: "en" | "ru") {
  const result = await queryViewport(viewportQuerySchema.parse({ bbox: "10,50,20,60", locale }));
  if (result.mode !== "entries") throw new Error(`expected entries, got ${result.mode}`);
  return result.entries.map((e) => `${e.slug}|${e.title}|${e.dateLabel}`);
}

describe("summaries kept per locale and collection version", () => {
  it("keeps each locale's titles and date labels apart", async () => {
    const english = await summaries("en");
    const russian = await summaries("ru");
    expect(english[0]).toBe("kept-0|Kept 0|15 January 1950");
    expect(russian[0]).toMatch(/^kept-0\|Сохранённый 0\|15 января 1950/);
    expect(await summaries("en")).toEqual(english);
  });

  it("shows an entry's change and its withdrawal at once, in every locale", async () => {
    await summaries("en");
    await summaries("ru");
    await db.entry.update({ where: { slug: "kept-1" }, data: { slug: "kept-1-renamed" } });
    expect((await summaries("en"))[1]).toBe("kept-1-renamed|Kept 1|15 February 1950");
    expect((await summaries("ru"))[1]).toMatch(/^kept-1-renamed\|/);
    await db.entry.update({ where: { slug: "kept-2" }, data: { status: "draft" } });
    expect((await summaries("en")).map((s) => s.split("|")[0])).toEqual(["kept-0", "kept-1-renamed", "kept-3"]);
    expect(await summaries("ru")).toHaveLength(3);
  });
});
