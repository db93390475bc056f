import { beforeAll, describe, expect, it } from "vitest";
import { LABELS_PER_TILE, labelTile, minWeightAt, type PlaceLabel } from "@/lib/gazetteer/label-tiles";
import { isTile, tileBounds, tileContaining } from "@/lib/gazetteer/tile-bounds";
import { parseTilePath } from "@/lib/gazetteer/tile-path";

const RANK_WEIGHT = { capital: 3, admin: 1.5, town: 1 };
const weight = (label: PlaceLabel) => label.population * RANK_WEIGHT[label.rank];
const id = (label: PlaceLabel) => `${label.name}@${label.lat},${label.lng}`;

describe("place label tiles", () => {
  // Reads and indexes the GeoNames dump: seconds on a busy machine.
  beforeAll(() => void labelTile(0, 0, 0), 120_000);

  it("hold at most the limit, heaviest first, each above the zoom's threshold", () => {
    for (let z = 0; z <= 4; z++) {
      for (let x = 0; x < 2 ** z; x++) {
        for (let y = 0; y < 2 ** z; y++) {
          const { labels } = labelTile(z, x, y);
          expect(labels.length).toBeLessThanOrEqual(LABELS_PER_TILE);
          const weights = labels.map(weight);
          expect(weights).toEqual([...weights].sort((a, b) => b - a));
          expect(weights.every((w) => w >= minWeightAt(z))).toBe(true);
        }
      }
    }
    const world = labelTile(0, 0, 0).labels;
    expect(world).toHaveLength(LABELS_PER_TILE);
    expect(world.map((l) => l.name)).toContain("Moscow");
    expect(world.find((l) => l.name === "Moscow")).toMatchObject({ ru: "Москва", rank: "capital" });
  });

  it("put each place in one tile of a zoom, inside that tile", () => {
    const seen = new Set<string>();
    for (let x = 0; x < 8; x++) {
      for (let y = 0; y < 8; y++) {
        const bounds = tileBounds(3, x, y);
        for (const label of labelTile(3, x, y).labels) {
          expect(seen.has(id(label)), id(label)).toBe(false);
          seen.add(id(label));
          expect(label.lng >= bounds.west && label.lng < bounds.east && label.lat <= bounds.north && label.lat > bounds.south).toBe(true);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(100);
  });

  it("keep a label at every deeper zoom once it appears (labels never vanish when zooming in)", () => {
    for (let z = 3; z < 9; z++) {
      const [x, y] = tileContaining(z, 56.26, 34.33);
      for (const label of labelTile(z, x, y).labels) {
        const [cx, cy] = tileContaining(z + 1, label.lat, label.lng);
        expect(labelTile(z + 1, cx, cy).labels.map(id), `${label.name} at zoom ${z + 1}`).toContain(id(label));
      }
    }
  });

  it("show towns by size for the zoom: Rzhev from zoom 7, not at zoom 5", () => {
    const rzhevAt = (z: number) => labelTile(z, ...tileContaining(z, 56.26, 34.33)).labels.find((l) => l.name === "Rzhev");
    expect(rzhevAt(5)).toBeUndefined();
    expect(rzhevAt(7)).toMatchObject({ ru: "Ржев", rank: "town" });
    expect(rzhevAt(12)).toBeDefined();
  });

  it("read only real tile paths", () => {
    expect(parseTilePath({ z: "6", x: "38", file: "19.json" })).toEqual({ z: 6, x: 38, y: 19 });
    for (const bad of [
      { z: "2", x: "4", file: "0.json" },
      { z: "19", x: "0", file: "0.json" },
      { z: "1", x: "0", file: "0" },
      { z: "01", x: "0", file: "0.json" },
      { z: "1", x: "-1", file: "0.json" },
      { z: "1", x: "0", file: "1e0.json" },
    ]) {
      expect(parseTilePath(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(isTile(18, 2 ** 18 - 1, 0)).toBe(true);
  });
});
