import { describe, expect, it } from "vitest";
import { coastTileFiles, tilesAround } from "@/lib/offline/basemap-files";

// The featured tour's first step: Rzhev at zoom 8.
const RZHEV = { latitude: 56.2656, longitude: 34.3275, zoom: 8 };

describe("the coast tiles a presentation preloads for its first view", () => {
  it("are the tile under the centre and its nearest neighbours, at the view's zoom", () => {
    const files = coastTileFiles(RZHEV, { width: 256, height: 256 });
    const [centre] = tilesAround(RZHEV, 8, { width: 0, height: 0 });
    expect(files).toContain(`/basemap/coast/8/${centre!.x}/${centre!.y}.json`);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(4);
    expect(files.every((file) => file.startsWith("/basemap/coast/8/"))).toBe(true);
  });

  it("are a part of what a saved tour keeps for that view", () => {
    const saved = new Set(coastTileFiles(RZHEV));
    expect(coastTileFiles(RZHEV, { width: 256, height: 256 }).every((file) => saved.has(file))).toBe(true);
  });

  it("are none below the zoom where the map draws the fine coast", () => {
    expect(coastTileFiles({ ...RZHEV, zoom: 5 }, { width: 256, height: 256 })).toEqual([]);
  });
});
