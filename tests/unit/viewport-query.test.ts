import { beforeAll, describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
const testDatabase = setupTestDatabase();
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { createRelation } = await import("@/lib/data/relations/create-relation");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { queryViewport } = await import("@/lib/viewport");
const { db } = await import("@/lib/db");

/** Queries small enough to come back as entries, narrowed to that shape. */
async function queryEntries(query: Parameters<typeof queryViewport>[0]) {
  const result = await queryViewport(query);
  if (result.mode !== "entries") throw new Error(`expected entries, got ${result.mode}`);
  return result;
}

const SOURCE = "fixture-source";

function fixture(
  slug: string,
  kind: EntryInput["kind"],
  where: { latitude: number; longitude: number } | null,
  date: string | null,
  status: EntryInput["status"] = "published",
): EntryInput {
  return {
    slug,
    kind,
    status,
    ...(where ?? {}),
    date,
    translations: { en: { title: `EN ${slug}` }, ru: { title: `RU ${slug}` } },
    citations: [
      ...(date ? [{ sourceKey: SOURCE, field: "date" as const }] : []),
      ...(where ? [{ sourceKey: SOURCE, field: "coordinates" as const }] : []),
    ],
  };
}

const FIXTURES: EntryInput[] = [
  fixture("date-line-east", "place", { latitude: 0, longitude: 179.5 }, "2000"),
  fixture("date-line-west", "place", { latitude: 0, longitude: -179.5 }, "2001"),
  fixture("null-island", "place", { latitude: 0, longitude: 0 }, "2002"),
  fixture("greenwich", "place", { latitude: 51.4779, longitude: 0 }, "1884-10"),
  fixture("south-pole", "event", { latitude: -90, longitude: 0 }, "1911-12-14"),
  fixture("north-pole", "event", { latitude: 90, longitude: 0 }, "1969-04-06"),
  fixture("battles-range", "event", { latitude: 56.25, longitude: 34.317 }, "1942-01/1943-03"),
  fixture("old-memorial", "memorial", { latitude: 48.85, longitude: 2.35 }, "1850-03-01"),
  fixture("ides-of-march", "event", { latitude: 41.8925, longitude: 12.4853 }, "-0044-03-15"),
  fixture("undated-place", "place", { latitude: 45, longitude: 10 }, null),
  fixture("unplaced-person", "person", null, "c. 1967"),
  // Never public, although they match every filter below.
  fixture("draft-at-date-line", "place", { latitude: 0, longitude: 179.5 }, "2000", "draft"),
  fixture("in-review-in-europe", "memorial", { latitude: 50, longitude: 5 }, "1942-06", "in_review"),
  fixture("archived-battle", "event", { latitude: 56, longitude: 34 }, "1942-01/1943-03", "archived"),
];
const PUBLISHED_SLUGS = FIXTURES.filter((f) => f.status === "published")
  .map((f) => f.slug)
  .sort();

/** Parses like the API route does, then queries. */
async function slugsFor(params: Record<string, string>): Promise<string[]> {
  const result = await queryEntries(viewportQuerySchema.parse(params));
  return result.entries.map((e) => e.slug).sort();
}

beforeAll(async () => {
  await upsertSource({ key: SOURCE, title: "Test fixtures", url: "https://example.org/fixtures" });
  for (const entry of FIXTURES) await createEntry(entry);
  await createRelation({ fromSlug: "battles-range", toSlug: "old-memorial", type: "related_to", sourceKey: SOURCE });
});

describe("fixtures", () => {
  it("were written to this file's own database", async () => {
    expect(await db.entry.count()).toBe(FIXTURES.length);
    expect(await db.entryRelation.count()).toBe(1);
    if (testDatabase.kind === "sqlite") expect(process.env.DATABASE_URL).toMatch(/tests[\\/]\.tmp[^\\/]*[\\/][0-9a-f-]{36}\.db$/);
  });
});

describe("queryViewport", () => {
  it("with no filters returns every published entry and nothing else", async () => {
    const result = await queryEntries(viewportQuerySchema.parse({}));
    expect(result.entries.map((e) => e.slug).sort()).toEqual(PUBLISHED_SLUGS);
    expect(result.total).toBe(PUBLISHED_SLUGS.length);
    expect(result.truncated).toBe(false);
    expect(result.mode).toBe("entries");
  });

  it("never returns draft, in-review or archived entries", async () => {
    const unpublished = ["draft-at-date-line", "in-review-in-europe", "archived-battle"];
    const cases: Record<string, string>[] = [
      {},
      { bbox: "170,-10,-170,10" },
      { bbox: "-180,-90,180,90" },
      { from: "1942", to: "1943" },
      { kinds: "place,memorial,event" },
    ];
    for (const params of cases) {
      const slugs = await slugsFor(params);
      expect(slugs.filter((s) => unpublished.includes(s))).toEqual([]);
    }
  });

  it("filters by a bounding box", async () => {
    expect(await slugsFor({ bbox: "-10,40,20,60" })).toEqual(["greenwich", "ides-of-march", "old-memorial", "undated-place"]);
  });

  it("includes points on the box edges", async () => {
    expect(await slugsFor({ bbox: "0,51.4779,1,52" })).toEqual(["greenwich"]);
  });

  it("handles a box crossing the antimeridian (west > east)", async () => {
    const slugs = await slugsFor({ bbox: "170,-10,-170,10" });
    expect(slugs).toEqual(["date-line-east", "date-line-west"]);
    expect(slugs).not.toContain("null-island");
  });

  it("does not treat an ordinary box as crossing the antimeridian", async () => {
    expect(await slugsFor({ bbox: "-170,-10,170,10" })).toEqual(["null-island"]);
  });

  it("includes the poles in a box reaching latitude ±90", async () => {
    const world = await slugsFor({ bbox: "-180,-90,180,90" });
    expect(world).toContain("south-pole");
    expect(world).toContain("north-pole");
    expect(world).not.toContain("unplaced-person");
    expect(world).toHaveLength(PUBLISHED_SLUGS.length - 1);
    expect(await slugsFor({ bbox: "-180,-90,180,-80" })).toEqual(["south-pole"]);
    expect(await slugsFor({ bbox: "-180,80,180,90" })).toEqual(["north-pole"]);
  });

  it("includes a range entry that the time window cuts", async () => {
    // The range runs January 1942 – March 1943; the window starts inside it.
    expect(await slugsFor({ from: "1943-01", to: "1950" })).toEqual(["battles-range"]);
    // The window ends inside it.
    expect(await slugsFor({ from: "1930", to: "1942-01-01" })).toEqual(["battles-range"]);
    // Its last day is 31 March 1943.
    expect(await slugsFor({ from: "1943-03-31", to: "1943-12" })).toEqual(["battles-range"]);
    expect(await slugsFor({ from: "1943-04-01", to: "1943-12" })).toEqual([]);
  });

  it("includes a year-precision entry that overlaps the window partly", async () => {
    // "c. 1967" covers all of 1967.
    expect(await slugsFor({ from: "1967-12-31", to: "1968-06" })).toEqual(["unplaced-person"]);
    expect(await slugsFor({ from: "1968-01-01", to: "1968-06" })).toEqual([]);
  });

  it("handles dates before 1900 and before year 1", async () => {
    expect(await slugsFor({ to: "1899" })).toEqual(["greenwich", "ides-of-march", "old-memorial"]);
    expect(await slugsFor({ from: "-0100", to: "0001" })).toEqual(["ides-of-march"]);
    expect(await slugsFor({ from: "-0044-03-16", to: "0001" })).toEqual([]);
    expect(await slugsFor({ from: "1800", to: "1860" })).toEqual(["old-memorial"]);
  });

  it("combines the bounding box and the time window", async () => {
    expect(await slugsFor({ bbox: "-10,40,20,60", from: "1800", to: "1900" })).toEqual(["greenwich", "old-memorial"]);
  });

  it("filters by kinds", async () => {
    expect(await slugsFor({ kinds: "memorial" })).toEqual(["old-memorial"]);
    expect(await slugsFor({ kinds: "person,memorial" })).toEqual(["old-memorial", "unplaced-person"]);
    expect(await slugsFor({ kinds: "organisation" })).toEqual([]);
  });

  it("require=coordinates drops entries without a map point", async () => {
    const slugs = await slugsFor({ require: "coordinates" });
    expect(slugs).not.toContain("unplaced-person");
    expect(slugs).toContain("undated-place");
    expect(slugs).toHaveLength(PUBLISHED_SLUGS.length - 1);
  });

  it("require=dates drops undated entries", async () => {
    const slugs = await slugsFor({ require: "dates" });
    expect(slugs).not.toContain("undated-place");
    expect(slugs).toContain("unplaced-person");
    expect(slugs).toHaveLength(PUBLISHED_SLUGS.length - 1);
  });

  it("applies the limit, ordered by start time, and reports the total", async () => {
    const result = await queryEntries(viewportQuerySchema.parse({ require: "dates", limit: "2" }));
    expect(result.entries.map((e) => e.slug)).toEqual(["ides-of-march", "old-memorial"]);
    expect(result.total).toBe(PUBLISHED_SLUGS.length - 1);
    expect(result.truncated).toBe(true);
  });

  it("is not truncated when the limit equals the total", async () => {
    const result = await queryEntries(viewportQuerySchema.parse({ kinds: "event", limit: "4" }));
    expect(result.entries).toHaveLength(4);
    expect(result.total).toBe(4);
    expect(result.truncated).toBe(false);
  });

  it("returns summaries with titles in the requested locale and labelled dates", async () => {
    const battle = (await queryEntries(viewportQuerySchema.parse({ kinds: "event", from: "1942-06", to: "1942-06", locale: "ru" })))
      .entries[0];
    expect(battle).toMatchObject({
      slug: "battles-range",
      kind: "event",
      title: "RU battles-range",
      titleLocale: "ru",
      latitude: 56.25,
      longitude: 34.317,
      locationPrecision: "exact",
      startTime: Date.UTC(1942, 0, 1),
      endTime: Date.UTC(1943, 3, 1) - 1,
      dateLabel: "январь 1942 г. – март 1943 г.",
      isRange: true,
    });
    const english = (await queryEntries(viewportQuerySchema.parse({ kinds: "event", from: "1942-06", to: "1942-06" }))).entries[0];
    expect(english?.title).toBe("EN battles-range");
    expect(english?.dateLabel).toBe("January 1942 – March 1943");
  });
});

describe("viewportQuerySchema", () => {
  const issues = (params: Record<string, string>) => {
    const result = viewportQuerySchema.safeParse(params);
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };
  const firstIssue = (params: Record<string, string>) => {
    const [issue] = issues(params);
    if (!issue) throw new Error("expected an issue");
    return issue;
  };

  it("parses a bbox and EDTF bounds into numbers, with defaults", () => {
    expect(viewportQuerySchema.parse({ bbox: " 170, -10 ,-170,10", from: "1942-01", to: "1943-03" })).toEqual({
      bbox: { west: 170, south: -10, east: -170, north: 10 },
      from: Date.UTC(1942, 0, 1),
      to: Date.UTC(1943, 3, 1) - 1,
      locale: "en",
      limit: 500,
    });
  });

  it("takes the first instant of `from` and the last of `to` before year 1", () => {
    const q = viewportQuerySchema.parse({ from: "-0044", to: "-0044" });
    expect(new Date(q.from!).toISOString()).toBe("-000044-01-01T00:00:00.000Z");
    expect(new Date(q.to!).toISOString()).toBe("-000044-12-31T23:59:59.999Z");
  });

  it("rejects a bbox that is not four numbers", () => {
    expect(issues({ bbox: "1,2,3" })).toEqual([{ path: "bbox", message: "bbox must be four numbers: west,south,east,north" }]);
    expect(firstIssue({ bbox: "a,b,c,d" }).message).toBe("bbox must be four numbers: west,south,east,north");
  });

  it("rejects out-of-range longitudes and latitudes", () => {
    expect(firstIssue({ bbox: "-181,0,10,10" }).message).toBe("bbox longitudes must be between -180 and 180");
    expect(firstIssue({ bbox: "0,-91,10,10" }).message).toBe("bbox latitudes must be between -90 and 90, south ≤ north");
    expect(firstIssue({ bbox: "0,20,10,10" }).message).toBe("bbox latitudes must be between -90 and 90, south ≤ north");
  });

  it("rejects from after to", () => {
    expect(issues({ from: "1943", to: "1942" })).toEqual([{ path: "from", message: "from must not be after to" }]);
  });

  it("accepts from equal to to (one day)", () => {
    const q = viewportQuerySchema.parse({ from: "1942-06-22", to: "1942-06-22" });
    expect(q.to! - q.from!).toBe(24 * 60 * 60 * 1000 - 1);
  });

  it("rejects a date it cannot parse, with the parser's message", () => {
    const issue = firstIssue({ from: "yesterday" });
    expect(issue.path).toBe("from");
    expect(issue.message).toMatch(/"yesterday" is not a date this app understands/);
  });

  it("rejects unknown kinds, locales, requirements and bad limits", () => {
    expect(firstIssue({ kinds: "event,battle" }).path).toBe("kinds.1");
    expect(firstIssue({ locale: "de" }).path).toBe("locale");
    expect(firstIssue({ require: "both" }).path).toBe("require");
    expect(firstIssue({ limit: "0" }).path).toBe("limit");
    expect(firstIssue({ limit: "2001" }).path).toBe("limit");
    expect(firstIssue({ limit: "1.5" }).path).toBe("limit");
  });
});
