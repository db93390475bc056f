import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchViewportCached, prefetchViewport } from "@/components/explorer/viewport-cache";

function answer(total: number): Response {
  return new Response(JSON.stringify({ mode: "entries", entries: [], total, truncated: false }), {
    headers: { "Content-Type": "application/json" },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("the explorer's viewport request cache", () => {
  it("shares one request between a prefetch and the view that then asks for the same URL", async () => {
    const fetch = vi.fn(async () => answer(1));
    vi.stubGlobal("fetch", fetch);
    prefetchViewport("/api/v1/viewport?shared=1");
    const result = await fetchViewportCached("/api/v1/viewport?shared=1");
    expect(result.total).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("answers a recent URL from memory and asks again once the answer is 30 s old", async () => {
    let total = 0;
    const fetch = vi.fn(async () => answer(++total));
    vi.stubGlobal("fetch", fetch);
    let now = 1_000_000;
    const clock = () => now;
    expect((await fetchViewportCached("/api/v1/viewport?fresh=1", clock)).total).toBe(1);
    now += 29_000;
    expect((await fetchViewportCached("/api/v1/viewport?fresh=1", clock)).total).toBe(1);
    now += 2_000;
    expect((await fetchViewportCached("/api/v1/viewport?fresh=1", clock)).total).toBe(2);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("keeps no failed answer: the next ask tries again", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response("", { status: 500 }))
      .mockResolvedValueOnce(answer(7));
    vi.stubGlobal("fetch", fetch);
    await expect(fetchViewportCached("/api/v1/viewport?failing=1")).rejects.toThrow("500");
    expect((await fetchViewportCached("/api/v1/viewport?failing=1")).total).toBe(7);
  });
});
