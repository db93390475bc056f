import { describe, expect, it } from "vitest";
import { type ViewportRequest, viewportUrl } from "@/components/explorer/viewport-client";
import { NO_FILTERS } from "@/lib/url-state/explorer-url-state";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { planViewportQuery, VIEWPORT_STRATEGIES, type ViewportPlan } from "@/lib/viewport";

/** Plans a request as the route would: the query string parsed by the route's schema. */
function planOf(queryString: string): ViewportPlan {
  return planViewportQuery(viewportQuerySchema.parse(Object.fromEntries(new URLSearchParams(queryString))));
}

function planOfRequest(request: ViewportRequest): ViewportPlan {
  return planOf(viewportUrl(request).split("?")[1]!);
}

const YEAR = 365.2425 * 86_400_000;
const WINDOW = { start: Date.UTC(1939, 0, 1), end: Date.UTC(1946, 0, 1) };
const BOUNDS = { west: 20, south: 45, east: 50, north: 62 };

/** The explorer's two requests (components/explorer/explorer.tsx, mapRequest and timelineRequest), with the filters given. */
const explorerMap = (filters: Partial<typeof NO_FILTERS> = {}, window?: typeof WINDOW): ViewportRequest => ({
  bounds: BOUNDS,
  window,
  filters: { ...NO_FILTERS, ...filters },
  require: "coordinates",
  aggregate: "map",
  zoom: 5,
  limit: 300,
  locale: "en",
});
const explorerTimeline = (filters: Partial<typeof NO_FILTERS> = {}): ViewportRequest => ({
  window: { start: WINDOW.start - 7 * YEAR, end: WINDOW.end + 7 * YEAR },
  filters: { ...NO_FILTERS, ...filters },
  require: "dates",
  aggregate: "timeline",
  limit: 300,
  locale: "ru",
});

describe("the viewport planner, on the explorer's map requests", () => {
  it.each([
    ["no window and no filter", explorerMap(), "supercluster clusters"],
    ["the timeline's window (filter=window)", explorerMap({}, WINDOW), "memory grid cells"],
    ["kinds", explorerMap({ kinds: ["memorial"] }), "memory grid cells"],
    ["countries", explorerMap({ countries: ["RU", "BY"] }), "memory grid cells"],
    ["a date range", explorerMap({ after: "1941", before: "1945" }), "memory grid cells"],
    ["a date range's start alone", explorerMap({ after: "1941" }), "memory grid cells"],
    ["a date range's end alone", explorerMap({ before: "1945" }), "memory grid cells"],
    ["themes", explorerMap({ tags: ["second-world-war"] }), "database grid cells"],
    ["comparable monuments", explorerMap({ comparable: true }), "database grid cells"],
    ["kinds and comparable monuments in the window", explorerMap({ kinds: ["memorial"], comparable: true }, WINDOW), "database grid cells"],
  ] as const)("with %s: %s", (_, request, strategy) => {
    const plan = planOfRequest(request);
    expect(plan.strategy).toBe(strategy);
    expect(plan.fullText).toBe(false);
    expect(plan.reason).not.toBe("");
  });

  it("searches in the database's full-text index first, then counts grid cells in memory", () => {
    expect(planOfRequest(explorerMap({ q: "Мамаев" }))).toMatchObject({ strategy: "memory grid cells", fullText: true });
    expect(planOfRequest(explorerMap({ q: "mamaev", tags: ["battles"] }))).toMatchObject({
      strategy: "database grid cells",
      fullText: true,
    });
  });
});

describe("the viewport planner, on the explorer's timeline requests", () => {
  it.each([
    ["no filter", explorerTimeline(), "memory time buckets"],
    // The date range only narrows the window: still the unfiltered timeline.
    ["a date range", explorerTimeline({ after: "1941", before: "1945" }), "memory time buckets"],
    ["kinds", explorerTimeline({ kinds: ["event", "person"] }), "memory entries, database time buckets"],
    ["countries", explorerTimeline({ countries: ["PL"] }), "memory entries, database time buckets"],
    ["themes", explorerTimeline({ tags: ["siege"] }), "database time buckets"],
    ["comparable monuments", explorerTimeline({ comparable: true }), "database time buckets"],
  ] as const)("with %s: %s", (_, request, strategy) => {
    expect(planOfRequest(request)).toMatchObject({ strategy, fullText: false });
  });

  it("searches first, then counts buckets in the database (the time index cannot filter)", () => {
    expect(planOfRequest(explorerTimeline({ q: "Rzhev" }))).toMatchObject({
      strategy: "memory entries, database time buckets",
      fullText: true,
    });
  });
});

// The compare view asks the viewport API nothing: its entries come with the page (getComparison).
describe("the viewport planner, on other API requests", () => {
  it.each([
    ["nothing at all", "", "memory page"],
    ["a locale and a limit", "locale=ru&limit=20", "memory page"],
    ["kinds and countries only", "kinds=memorial&countries=RU", "memory page"],
    ["themes only", "tags=siege", "database page"],
    ["comparable monuments only", "comparable=1", "database page"],
    ["a box", "bbox=30,50,45,60", "memory entries"],
    ["a window", "from=1941&to=1945", "memory entries"],
    ["a date range", "after=1941", "memory entries"],
    ["a requirement", "require=dates", "memory entries"],
    ["a box with comparable monuments", "bbox=30,50,45,60&comparable=1", "database entries"],
    ["a box and a zoom but no aggregate", "bbox=30,50,45,60&zoom=6", "memory entries"],
    ["map cells without a zoom", "bbox=30,50,45,60&aggregate=map", "memory grid cells"],
    ["map cells without a box", "from=1941&to=1945&aggregate=map", "memory grid cells"],
    ["map cells up to a date", "bbox=30,50,45,60&to=1945&aggregate=map&zoom=5", "memory grid cells"],
    ["map cells across the antimeridian", "bbox=170,-20,-170,20&aggregate=map&zoom=4", "supercluster clusters"],
    ["map cells in a window with themes", "bbox=30,50,45,60&from=1941&aggregate=map&zoom=4&tags=siege", "database grid cells"],
    ["timeline buckets with half a window", "from=1941&aggregate=timeline&require=dates", "memory entries"],
    ["timeline buckets with half a window and themes", "to=1941&aggregate=timeline&tags=siege", "database entries"],
    ["timeline buckets without the dates requirement", "from=1941&to=1945&aggregate=timeline", "memory entries, database time buckets"],
    [
      "timeline buckets in a box",
      "bbox=30,50,45,60&from=1941&to=1945&aggregate=timeline&require=dates",
      "memory entries, database time buckets",
    ],
    ["timeline buckets in a window made of a date range", "after=1941&before=1945&aggregate=timeline&require=dates", "memory time buckets"],
  ] as const)("%s: %s", (_, query, strategy) => {
    expect(planOf(query)).toMatchObject({ strategy, fullText: false });
  });

  it("takes a search for a filter, and an empty one for none", () => {
    expect(planOf("q=Rzhev")).toMatchObject({ strategy: "memory page", fullText: true });
    expect(planOf("q=Rzhev&tags=siege")).toMatchObject({ strategy: "database page", fullText: true });
    expect(planOf("bbox=30,50,45,60&aggregate=map&zoom=6&q=Rzhev")).toMatchObject({ strategy: "memory grid cells", fullText: true });
    expect(planOf("bbox=30,50,45,60&aggregate=map&zoom=6&q=%20%20")).toMatchObject({ strategy: "supercluster clusters", fullText: false });
  });

  it("names every strategy it has for some request", () => {
    const queries = [
      "",
      "tags=siege",
      "bbox=30,50,45,60&aggregate=map&zoom=6",
      "from=1941&to=1945&aggregate=timeline&require=dates",
      "bbox=30,50,45,60&aggregate=map",
      "bbox=30,50,45,60&from=1941&to=1945&aggregate=timeline",
      "bbox=30,50,45,60",
      "bbox=30,50,45,60&aggregate=map&comparable=1",
      "from=1941&to=1945&aggregate=timeline&comparable=1",
      "bbox=30,50,45,60&comparable=1",
    ];
    expect(new Set(queries.map((q) => planOf(q).strategy))).toEqual(new Set(VIEWPORT_STRATEGIES));
  });

  it("plans from the query alone: the same query, the same plan", () => {
    const query = viewportQuerySchema.parse({ bbox: "30,50,45,60", kinds: "memorial", aggregate: "map", zoom: "5" });
    const frozen = structuredClone(query);
    expect(planViewportQuery(query)).toEqual(planViewportQuery(query));
    expect(query).toEqual(frozen);
  });
});
