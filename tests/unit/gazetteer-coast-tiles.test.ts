import { beforeAll, describe, expect, it } from "vitest";
import { basemapShapes } from "@/lib/gazetteer/basemap-shapes";
import { coastTile } from "@/lib/gazetteer/coast-tiles";
import { flatPolygon, polygonContains } from "@/lib/gazetteer/polygon-set";
import { tileBounds, tileContaining } from "@/lib/gazetteer/tile-bounds";

/** Whether any polygon of the tile holds the point. */
function tileDrawsLandAt(tile: ReturnType<typeof coastTile>, latitude: number, longitude: number): boolean {
  return tile.features.some((feature) =>
    feature.geometry.coordinates.some((rings) => polygonContains(flatPolygon(rings), longitude, latitude)),
  );
}

describe("fine coastline tiles", () => {
  beforeAll(() => void basemapShapes(), 120_000);

  it("draw Sevastopol's centre on land and the point 12 km south-west of it in the sea", () => {
    // Both points are in this zoom-8 tile.
    const tile = coastTile(8, ...tileContaining(8, 44.57, 33.47));
    expect(tile.features.map((f) => f.properties.country)).toEqual(["RU"]);
    expect(tileDrawsLandAt(tile, 44.60795, 33.52134)).toBe(true);
    expect(tileDrawsLandAt(tile, 44.5316, 33.4146)).toBe(false);
  });

  it("stay inside the tile and a sixteenth of a tile around it", () => {
    const [x, y] = tileContaining(7, 44.6, 33.5);
    const bounds = tileBounds(7, x, y);
    const [dx, dy] = [(bounds.east - bounds.west) / 16 + 1e-6, (bounds.north - bounds.south) / 16 + 1e-6];
    const positions = coastTile(7, x, y).features.flatMap((f) => f.geometry.coordinates.flat(2));
    expect(positions.length).toBeGreaterThan(20);
    for (const [lon, lat] of positions) {
      expect(lon!).toBeGreaterThanOrEqual(bounds.west - dx);
      expect(lon!).toBeLessThanOrEqual(bounds.east + dx);
      expect(lat!).toBeGreaterThanOrEqual(bounds.south - dy);
      expect(lat!).toBeLessThanOrEqual(bounds.north + dy);
    }
  });

  it("draw Chukotka on both sides of 180° and nothing in the open ocean", () => {
    expect(coastTile(6, ...tileContaining(6, 66.5, 179.5)).features.map((f) => f.properties.country)).toContain("RU");
    expect(coastTile(6, ...tileContaining(6, 66, -172)).features.map((f) => f.properties.country)).toContain("RU");
    expect(coastTile(6, ...tileContaining(6, 40, -40)).features).toEqual([]);
  });

  it("stay small: every zoom-6 tile from the Atlantic to the Urals under 150 KB", () => {
    for (let x = 28; x <= 43; x++) {
      for (let y = 16; y <= 25; y++) expect(JSON.stringify(coastTile(6, x, y)).length, `6/${x}/${y}`).toBeLessThan(150_000);
    }
  });
});
