import { describe, expect, it } from "vitest";
import { parseExplorerUrlState, serializeExplorerUrlState } from "@/lib/url-state/explorer-url-state";

describe("explorer URL state", () => {
  it("round-trips every part of the view", () => {
    const state = {
      entry: "rzhev-memorial",
      map: { latitude: 56.25, longitude: 34.317, zoom: 7 },
      window: { start: Date.UTC(1942, 0, 1), end: Date.UTC(1943, 2, 31) },
      filterToWindow: true,
      kinds: ["memorial" as const, "event" as const],
    };
    const params = serializeExplorerUrlState(state);
    expect(params.toString()).toBe("entry=rzhev-memorial&lat=56.2500&lng=34.3170&z=7&from=1942-01-01&to=1943-03-31&filter=window&kinds=memorial%2Cevent");
    expect(parseExplorerUrlState(params)).toEqual(state);
  });

  it("keeps dates before year 1", () => {
    const start = new Date(Date.UTC(2000, 2, 15));
    start.setUTCFullYear(-44);
    const params = serializeExplorerUrlState({ entry: null, map: null, window: { start: start.getTime(), end: Date.UTC(100, 0, 1) - 0 }, filterToWindow: false, kinds: [] });
    expect(params.get("from")).toBe("-0044-03-15");
    expect(parseExplorerUrlState(params).window?.start).toBe(start.getTime());
  });

  it("drops malformed parts instead of failing", () => {
    const state = parseExplorerUrlState(new URLSearchParams("entry=<script>&lat=95&lng=10&z=4&from=yesterday&to=1943-01-01&kinds=memorial,bogus"));
    expect(state).toEqual({ entry: null, map: null, window: null, filterToWindow: false, kinds: ["memorial"] });
  });
});
