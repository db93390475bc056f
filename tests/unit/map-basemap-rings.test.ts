import { describe, expect, it } from "vitest";
import { projectPoint, projectRings, ringsInBox } from "@/components/map/basemap-rings";

describe("the basemap's outline rings", () => {
  it("are projected to Web Mercator pixels of a 256 px world, as Leaflet places markers at zoom 0", () => {
    expect(projectPoint(0, 0)).toEqual([128, 128]);
    expect(projectPoint(-180, 0)[0]).toBe(0);
    expect(projectPoint(180, 0)[0]).toBe(256);
    // The poles are clamped to the projection's limit instead of running to infinity.
    expect(projectPoint(0, 90)[1]).toBeCloseTo(0, 6);
    expect(projectPoint(0, -90)[1]).toBeCloseTo(256, 6);
    const [, north] = projectPoint(37.6, 55.75);
    const [, south] = projectPoint(37.6, -55.75);
    expect(north + south).toBeCloseTo(256, 9);
    expect(north).toBeCloseTo(80.03, 1);
  });

  it("keep every polygon ring with its box, and a tile draws only the rings that reach it", () => {
    const square = (west: number, south: number, size: number) => [
      [west, south],
      [west + size, south],
      [west + size, south + size],
      [west, south + size],
      [west, south],
    ];
    const rings = projectRings({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [square(10, 40, 10), square(12, 42, 2)] } },
        {
          type: "Feature",
          properties: {},
          geometry: { type: "MultiPolygon", coordinates: [[square(-120, 30, 5)], [square(140, -30, 5)]] },
        },
        { type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [0, 0] } },
      ],
    });
    expect(rings).toHaveLength(4);
    expect(rings[0]!.points).toHaveLength(10);
    const [minX, maxY] = projectPoint(10, 40);
    const [maxX, minY] = projectPoint(20, 50);
    expect(rings[0]).toMatchObject({ minX, minY, maxX, maxY });
    // The tile around central Europe reaches the first feature's two rings only.
    const [left, bottom] = projectPoint(5, 35);
    const [right, top] = projectPoint(25, 55);
    expect(ringsInBox(rings, { minX: left, minY: top, maxX: right, maxY: bottom })).toEqual([rings[0], rings[1]]);
    expect(ringsInBox(rings, { minX: 0, minY: 0, maxX: 256, maxY: 256 })).toHaveLength(4);
  });
});
