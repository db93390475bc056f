import { beforeAll, describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { aggregateTimeBuckets, queryViewport, timelineFromMemory } = await import("@/lib/viewport");
const { db } = await import("@/lib/db");

function entry(slug: string, latitude: number, longitude: number, date: string, status: EntryInput["status"] = "published"): EntryInput {
  return {
    slug,
    kind: "memorial",
    status,
    latitude,
    longitude,
    date,
    translations: { en: { title: slug } },
    citations: [
      { sourceKey: "agg", field: "date" },
      { sourceKey: "agg", field: "coordinates" },
    ],
  };
}

// 30 memorials around Moscow, 20 around Volgograd, 5 scattered, 4 either side of the antimeridian, 3 drafts.
const MOSCOW = Array.from({ length: 30 }, (_, i) => entry(`moscow-${i}`, 55.7 + i * 0.001, 37.6 + i * 0.001, `19${40 + (i % 6)}`));
const VOLGOGRAD = Array.from({ length: 20 }, (_, i) => entry(`volgograd-${i}`, 48.7 + i * 0.001, 44.5 + i * 0.001, "1967-10-15"));
const SCATTERED = [
  entry("lisbon", 38.7, -9.1, "1975"),
  entry("cape-town", -33.9, 18.4, "1990"),
  entry("tokyo", 35.7, 139.7, "1960"),
  entry("lima", -12.0, -77.0, "1850"),
  entry("roman", 41.9, 12.5, "-0044-03-15"),
];
const PACIFIC = [
  entry("fiji-1", -17.7, 179.5, "1943"),
  entry("fiji-2", -17.8, 179.6, "1943"),
  entry("samoa-1", -14.0, -179.4, "1943"),
  entry("samoa-2", -14.1, -179.3, "1943"),
];
const DRAFTS = [
  entry("draft-1", 55.7, 37.6, "1942", "draft"),
  entry("draft-2", 48.7, 44.5, "1942", "draft"),
  entry("draft-3", 0, 0, "1942", "in_review"),
];
const PUBLISHED = MOSCOW.length + VOLGOGRAD.length + SCATTERED.length + PACIFIC.length;

beforeAll(async () => {
  await upsertSource({ key: "agg", title: "Aggregate fixtures" });
  for (const input of [...MOSCOW, ...VOLGOGRAD, ...SCATTERED, ...PACIFIC, ...DRAFTS]) await createEntry(input);
});

async function query(params: Record<string, string>) {
  return queryViewport(viewportQuerySchema.parse(params));
}

describe("map clusters", () => {
  it("clusters the default view (no time window) so the counts add up to every published entry", async () => {
    const result = await query({ bbox: "-180,-85,180,85", aggregate: "map", zoom: "4", limit: "10" });
    expect(result.mode).toBe("clusters");
    if (result.mode !== "clusters") return;
    const clustered = result.clusters.reduce((sum, c) => sum + c.count, 0);
    expect(clustered + result.entries.length).toBe(PUBLISHED);
    expect(result.total).toBe(PUBLISHED);
    const moscow = result.clusters.find((c) => c.count === 30 && Math.abs(c.latitude - 55.7) < 1);
    expect(moscow).toBeDefined();
    expect(moscow!.expansionZoom).toBeGreaterThan(4);
    expect(result.entries.map((e) => e.slug)).toContain("cape-town");
    expect(result.entries.map((e) => e.slug)).not.toContain("draft-3");
  });

  it("rebuilds the cluster index when the collection changes", async () => {
    const world = { bbox: "-180,-85,180,85", aggregate: "map", zoom: "4", limit: "10" };
    expect((await query(world)).total).toBe(PUBLISHED);
    await db.entry.update({ where: { slug: "lisbon" }, data: { status: "archived" } });
    expect((await query(world)).total).toBe(PUBLISHED - 1);
    await db.entry.update({ where: { slug: "lisbon" }, data: { status: "published" } });
    expect((await query(world)).total).toBe(PUBLISHED);
  });

  it("aggregates a box across the antimeridian from both sides", async () => {
    const result = await query({ bbox: "170,-30,-170,0", aggregate: "map", zoom: "5", limit: "1" });
    if (result.mode !== "clusters") throw new Error(result.mode);
    expect(result.total).toBe(4);
    expect(result.clusters.map((c) => c.count).sort()).toEqual([2, 2]);
  });

  it("aggregates a time-filtered view in the database, with each cell's bounds", async () => {
    const result = await query({ bbox: "-180,-85,180,85", from: "1940", to: "1945", aggregate: "map", zoom: "4", limit: "10" });
    if (result.mode !== "clusters") throw new Error(result.mode);
    expect(result.total).toBe(MOSCOW.length + PACIFIC.length);
    const moscow = result.clusters.find((c) => c.count === 30);
    // The SQLite R*Tree keeps 32-bit floats: bounds are exact to about a metre.
    expect(moscow?.bounds?.[0]).toBeCloseTo(37.6, 5);
    expect(moscow?.bounds?.[2]).toBeCloseTo(37.629, 5);
  });

  it("honours the time window and kinds when aggregating", async () => {
    const result = await query({ bbox: "-180,-85,180,85", from: "1967", to: "1967", aggregate: "map", zoom: "2", limit: "5" });
    if (result.mode !== "clusters") throw new Error(result.mode);
    expect(result.total).toBe(VOLGOGRAD.length);
    const none = await query({ bbox: "-180,-85,180,85", kinds: "event", aggregate: "map", limit: "5" });
    expect(none).toMatchObject({ mode: "entries", total: 0 });
  });

  it("returns entries, not clusters, once the view holds no more than the limit", async () => {
    const result = await query({ bbox: "44,48,45,49", aggregate: "map", zoom: "8", limit: "20" });
    expect(result.mode).toBe("entries");
    if (result.mode === "entries") expect(result.entries).toHaveLength(20);
  });

  it("drops an entry from the index when it is unpublished and adds it back when republished", async () => {
    await db.entry.update({ where: { slug: "tokyo" }, data: { status: "draft" } });
    const hidden = await query({ bbox: "139,35,140,36", require: "coordinates" });
    expect(hidden.total).toBe(0);
    await db.entry.update({ where: { slug: "tokyo" }, data: { status: "published" } });
    const shown = await query({ bbox: "139,35,140,36", require: "coordinates" });
    expect(shown.total).toBe(1);
  });
});

describe("timeline buckets", () => {
  // Dated entries only (no place), before 1900 and before year 1, some ranges that start before a window.
  const ANCIENT = Array.from({ length: 12 }, (_, i) => undated(`ancient-${i}`, `-0${String(480 - i * 23).padStart(3, "0")}`));
  const NINETEENTH = Array.from({ length: 15 }, (_, i) =>
    undated(`nineteenth-${i}`, i % 3 ? `18${String(10 + i * 5)}` : `18${String(10 + i * 5)}/18${String(20 + i * 5)}`),
  );
  const DATED_ONLY = ANCIENT.length + NINETEENTH.length;

  function undated(slug: string, date: string): EntryInput {
    return {
      slug,
      kind: "event",
      status: "published",
      date,
      translations: { en: { title: slug } },
      citations: [{ sourceKey: "agg", field: "date" }],
    };
  }

  beforeAll(async () => {
    for (const input of [...ANCIENT, ...NINETEENTH]) await createEntry(input);
  });

  async function bothPaths(from: string, to: string) {
    const parsed = viewportQuerySchema.parse({ from, to, aggregate: "timeline", require: "dates" });
    const fromDatabase = await aggregateTimeBuckets({ ...parsed, from: parsed.from!, to: parsed.to! });
    const fromMemory = await timelineFromMemory(parsed.from!, parsed.to!);
    return { fromDatabase, fromMemory: fromMemory.buckets(), total: fromMemory.total, window: { from: parsed.from!, to: parsed.to! } };
  }

  it("counts dated entries per bucket of the window, adding up to the entries in it", async () => {
    const result = await query({ from: "1940", to: "1945", aggregate: "timeline", limit: "5" });
    expect(result.mode).toBe("buckets");
    if (result.mode !== "buckets") return;
    expect(result.total).toBe(MOSCOW.length + PACIFIC.length);
    expect(result.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(result.total);
    // Whole buckets of the ladder: the edge ones may reach past the window, none lies outside it.
    for (const bucket of result.buckets) {
      expect(bucket.end).toBeGreaterThan(Date.UTC(1940, 0, 1));
      expect(bucket.start).toBeLessThan(Date.UTC(1946, 0, 1));
    }
  });

  it("gives two overlapping windows the same buckets where they overlap, only the edges differ", async () => {
    const earlier = await bothPaths("1800", "1899");
    const later = await bothPaths("1815-06-18", "1914-06-28");
    const byId = new Map(earlier.fromDatabase.map((b) => [b.id, b]));
    const shared = later.fromDatabase.filter((b) => byId.has(b.id));
    expect(shared.length).toBeGreaterThan(3);
    // The first bucket of the later window also counts ranges that began before it.
    for (const bucket of shared.slice(1, -1)) expect(bucket).toEqual(byId.get(bucket.id));
    expect(later.fromMemory).toEqual(later.fromDatabase);
    expect(earlier.fromMemory).toEqual(earlier.fromDatabase);
  });

  it("adds up to the entries in the window before 1900 and before year 1, in memory as in the database", async () => {
    const windows: [string, string, number][] = [
      ["1800", "1899", NINETEENTH.length + 1],
      // 1830, 1835, 1845, 1850 and the ranges 1825/1835 and 1840/1850, and Lima.
      ["1830", "1850", 7],
      ["-0500", "-0001", ANCIENT.length + 1],
      ["-0480", "-0400", ANCIENT.filter((e) => Number(e.date) >= -480 && Number(e.date) <= -400).length],
      ["-1000", "2100", PUBLISHED + DATED_ONLY],
    ];
    for (const [from, to, expected] of windows) {
      const { fromDatabase, fromMemory, total, window } = await bothPaths(from, to);
      expect(total, `${from}..${to}`).toBe(expected);
      expect(
        fromMemory.reduce((sum, b) => sum + b.count, 0),
        `${from}..${to}`,
      ).toBe(total);
      expect(fromDatabase, `${from}..${to}`).toEqual(fromMemory);
      expect(fromMemory[0]!.end).toBeGreaterThan(window.from);
      expect(fromMemory.at(-1)!.start).toBeLessThanOrEqual(window.to);
    }
  });

  it("places an entry that starts on a bucket boundary in the bucket it starts, on both paths", async () => {
    // Days: Volgograd's 1967-10-15 is a boundary.
    const days = await bothPaths("1967-09-01", "1967-11-15");
    expect(days.fromDatabase).toEqual(days.fromMemory);
    expect(days.fromMemory).toEqual([
      expect.objectContaining({ start: Date.UTC(1967, 9, 15), end: Date.UTC(1967, 9, 16), count: VOLGOGRAD.length }),
    ]);
    const hours = await bothPaths("1967-10-14", "1967-10-16");
    expect(hours.fromDatabase).toEqual(hours.fromMemory);
    expect(hours.fromMemory).toEqual([
      expect.objectContaining({ start: Date.UTC(1967, 9, 15), end: Date.UTC(1967, 9, 15, 1), count: VOLGOGRAD.length }),
    ]);
  });

  it("counts the default timeline from memory exactly as the database does, and follows changes", async () => {
    const params = { from: "1939-09", to: "1946", aggregate: "timeline", require: "dates", limit: "5" };
    const fromMemory = await query(params);
    if (fromMemory.mode !== "buckets") throw new Error(fromMemory.mode);
    const parsed = viewportQuerySchema.parse(params);
    const fromDatabase = await aggregateTimeBuckets({ ...parsed, from: parsed.from!, to: parsed.to! });
    expect(fromMemory.total).toBe(MOSCOW.length + PACIFIC.length);
    expect(fromMemory.buckets).toEqual(fromDatabase);
    await db.entry.update({ where: { slug: "fiji-1" }, data: { status: "draft" } });
    expect((await query(params)).total).toBe(MOSCOW.length + PACIFIC.length - 1);
    await db.entry.update({ where: { slug: "fiji-1" }, data: { status: "published" } });
  });

  it("counts a date before year 1 in a window that reaches it", async () => {
    const result = await query({ from: "-0100", to: "0100", aggregate: "timeline", limit: "1" });
    expect(result.total).toBe(1);
  });
});
