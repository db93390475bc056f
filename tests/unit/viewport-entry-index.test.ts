import { beforeAll, describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { db } = await import("@/lib/db");
const {
  aggregateCellsInMemory,
  aggregateMapCells,
  cellDegreesForZoom,
  entryIndex,
  firstMatches,
  publishedCountries,
  queryViewport,
  viewportWhere,
} = await import("@/lib/viewport");
const { listCountries } = await import("@/lib/data/entries/list-countries");

const KINDS = ["memorial", "event", "person"] as const;

function entry(i: number): EntryInput {
  // Spread over the world (both sides of the antimeridian included) and over 1900–1999, some undated or unplaced.
  const placed = i % 11 !== 0;
  const dated = i % 13 !== 0;
  return {
    slug: `indexed-${i}`,
    kind: KINDS[i % KINDS.length]!,
    status: i % 17 === 0 ? "draft" : "published",
    ...(placed ? { latitude: -60 + ((i * 37) % 120) + 0.37, longitude: -179.5 + ((i * 53) % 359) + 0.21 } : {}),
    ...(dated
      ? {
          date:
            i % 2
              ? `19${String(i % 100).padStart(2, "0")}`
              : `19${String(i % 90).padStart(2, "0")}/19${String((i % 90) + 9).padStart(2, "0")}`,
        }
      : {}),
    countryCode: i % 4 === 0 ? "RU" : "DE",
    translations: { en: { title: `Indexed ${i}` } },
    citations: [
      ...(dated ? [{ sourceKey: "index", field: "date" }] : []),
      ...(placed ? [{ sourceKey: "index", field: "coordinates" }] : []),
    ],
  } as EntryInput;
}

beforeAll(async () => {
  await upsertSource({ key: "index", title: "Entry index fixtures" });
  for (let i = 1; i <= 120; i++) await createEntry(entry(i));
}, 60_000);

const QUERIES: Record<string, string>[] = [
  { bbox: "-180,-85,180,85", require: "coordinates" },
  { bbox: "-30,-20,60,50", from: "1930", to: "1960" },
  { bbox: "170,-60,-170,60" },
  { bbox: "-180,-85,180,85", kinds: "memorial,person", countries: "RU" },
  { from: "1950", to: "1955", require: "dates" },
  { require: "dates", kinds: "event" },
];

const parse = (params: Record<string, string>) => viewportQuerySchema.parse({ limit: "2000", ...params });

describe("in-memory entry index", () => {
  it("finds the same entries as the exact database filter", async () => {
    const index = await entryIndex();
    for (const params of QUERIES) {
      const query = parse(params);
      const memory = firstMatches(index, query, 2000);
      const database = (await db.entry.findMany({ where: viewportWhere(query), select: { id: true } })).map((e) => e.id);
      expect(memory.ids.sort(), JSON.stringify(params)).toEqual(database.sort());
      expect(memory.total).toBe(database.length);
    }
  });

  it("counts the same map cells as the database aggregate", async () => {
    const index = await entryIndex();
    for (const params of [QUERIES[0]!, QUERIES[1]!, QUERIES[2]!]) {
      const query = parse({ ...params, aggregate: "map" });
      const degrees = cellDegreesForZoom(3);
      const memory = aggregateCellsInMemory(index, query, degrees);
      const database = await aggregateMapCells(query, degrees);
      const cells = (clusters: { id: string; count: number }[]) => clusters.map((c) => `${c.id}=${c.count}`).sort();
      expect(cells(memory.clusters), JSON.stringify(params)).toEqual(cells(database.clusters));
      expect(memory.singleIds.length).toBe(database.singleIds.length);
    }
  });

  it("keeps the ordered page's order: undated first, then by start time and id", async () => {
    const result = await queryViewport(viewportQuerySchema.parse({ limit: "30" }));
    expect(result.mode).toBe("entries");
    if (result.mode !== "entries") return;
    const expected = await db.entry.findMany({
      where: { status: "published" },
      orderBy: [{ startTime: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: 30,
      select: { id: true },
    });
    expect(result.entries.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(result.truncated).toBe(true);
    expect(result.total).toBe(await db.entry.count({ where: { status: "published" } }));
  });

  it("shows a renamed entry's new title: the rows kept in memory go with the old version", async () => {
    const view = viewportQuerySchema.parse({ bbox: "-180,-85,180,85", require: "coordinates", limit: "2000" });
    const title = async () => {
      const result = await queryViewport(view);
      return result.mode === "entries" ? result.entries.find((e) => e.slug === "indexed-2")?.title : undefined;
    };
    expect(await title()).toBe("Indexed 2");
    // As the entry editor saves: the translations and the entry row in one transaction.
    const entry = await db.entry.findUniqueOrThrow({ where: { slug: "indexed-2" }, select: { id: true } });
    await db.$transaction([
      db.entryTranslation.updateMany({ where: { entryId: entry.id, locale: "en" }, data: { title: "Indexed two" } }),
      db.entry.update({ where: { id: entry.id }, data: { version: { increment: 1 } } }),
    ]);
    expect(await title()).toBe("Indexed two");
  });

  it("lists the same countries as the database", async () => {
    expect(await publishedCountries()).toEqual(await listCountries());
    expect(await publishedCountries()).toEqual(["DE", "RU"]);
  });

  it("is rebuilt when an entry changes", async () => {
    const query = parse({ bbox: "-180,-85,180,85", require: "coordinates" });
    const before = firstMatches(await entryIndex(), query, 2000).total;
    await db.entry.update({ where: { slug: "indexed-1" }, data: { status: "archived" } });
    expect(firstMatches(await entryIndex(), query, 2000).total).toBe(before - 1);
    await db.entry.update({ where: { slug: "indexed-1" }, data: { status: "published" } });
    expect(firstMatches(await entryIndex(), query, 2000).total).toBe(before);
    await db.entry.update({ where: { slug: "indexed-1" }, data: { countryCode: "PL" } });
    expect(await publishedCountries()).toEqual(["DE", "PL", "RU"]);
  });
});
