import { describe, expect, it } from "vitest";
import { NO_FILTERS, parseExplorerUrlState, serializeExplorerUrlState } from "@/lib/url-state/explorer-url-state";

describe("explorer URL state", () => {
  it("round-trips every part of the view", () => {
    const state = {
      entry: "rzhev-memorial",
      map: { latitude: 56.25, longitude: 34.317, zoom: 7 },
      window: { start: Date.UTC(1942, 0, 1), end: Date.UTC(1943, 2, 31) },
      filterToWindow: true,
      filters: {
        q: "Мамаев",
        kinds: ["memorial" as const, "event" as const],
        countries: ["RU", "BY"],
        tags: ["battles-of-rzhev"],
        after: "1941",
        before: "1945",
        comparable: true,
      },
    };
    const params = serializeExplorerUrlState(state);
    expect(params.toString()).toBe(
      "entry=rzhev-memorial&lat=56.2500&lng=34.3170&z=7&from=1942-01-01&to=1943-03-31&filter=window&q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B5%D0%B2&kinds=memorial%2Cevent&countries=RU%2CBY&tags=battles-of-rzhev&after=1941&before=1945&comparable=1",
    );
    expect(parseExplorerUrlState(params)).toEqual(state);
  });

  it("keeps dates before year 1", () => {
    const start = new Date(Date.UTC(2000, 2, 15));
    start.setUTCFullYear(-44);
    const params = serializeExplorerUrlState({
      entry: null,
      map: null,
      window: { start: start.getTime(), end: Date.UTC(100, 0, 1) },
      filterToWindow: false,
      filters: NO_FILTERS,
    });
    expect(params.get("from")).toBe("-0044-03-15");
    expect(parseExplorerUrlState(params).window?.start).toBe(start.getTime());
  });

  it("opens the bare address with the map following the timeline window, and says so either way in the addresses it writes", () => {
    const bare = parseExplorerUrlState(new URLSearchParams(""));
    expect(bare.filterToWindow).toBe(true);
    // A parameter that names no view (a campaign tag) leaves the address bare.
    expect(parseExplorerUrlState(new URLSearchParams("utm_source=poster")).filterToWindow).toBe(true);
    expect(serializeExplorerUrlState(bare).get("filter")).toBe("window");
    expect(serializeExplorerUrlState({ ...bare, filterToWindow: false }).get("filter")).toBe("all");
    expect(parseExplorerUrlState(new URLSearchParams("filter=all")).filterToWindow).toBe(false);
    expect(parseExplorerUrlState(new URLSearchParams("entry=rzhev-memorial&filter=window")).filterToWindow).toBe(true);
  });

  it("opens an address that names a view but not the filter with every entry on the map, as such links opened before", () => {
    for (const query of [
      "lat=56.2500&lng=34.3170&z=7&from=1942-01-01&to=1943-03-31",
      "entry=rzhev-memorial",
      "q=Rzhev",
      "from=1960-01-01&to=1980-01-01",
    ]) {
      expect(parseExplorerUrlState(new URLSearchParams(query)).filterToWindow, query).toBe(false);
    }
  });

  it("drops malformed parts instead of failing", () => {
    const state = parseExplorerUrlState(
      new URLSearchParams(
        "entry=<script>&lat=95&lng=10&z=4&from=yesterday&to=1943-01-01&kinds=memorial,bogus&countries=russia,BY&after=194x&comparable=yes",
      ),
    );
    expect(state).toEqual({
      entry: null,
      map: null,
      window: null,
      filterToWindow: false,
      filters: { ...NO_FILTERS, kinds: ["memorial"], countries: ["BY"] },
    });
  });
});
