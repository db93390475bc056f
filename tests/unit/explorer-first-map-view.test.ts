import { describe, expect, it } from "vitest";
import { DEFAULT_MAP_CENTER, firstMapView } from "@/components/explorer/first-map-view";

// Web Mercator facts, independent of the code: the world is 256 × 2^zoom pixels square and ends at ±85.0511°.
const MAX_LATITUDE = 85.0511287798;

describe("the map's first view, worked out before Leaflet has loaded", () => {
  it("spans the whole world when the container is as wide and high as the world at that zoom", () => {
    const view = firstMapView({ latitude: 0, longitude: 0, zoom: 2 }, 1024, 1024);
    expect(view.bounds.west).toBe(-180);
    expect(view.bounds.east).toBe(180);
    expect(view.bounds.north).toBeCloseTo(MAX_LATITUDE, 6);
    expect(view.bounds.south).toBeCloseTo(-MAX_LATITUDE, 6);
  });

  it("is as many degrees wide as its share of the world's pixels, centred on the centre", () => {
    const view = firstMapView({ latitude: 0, longitude: 10, zoom: 4 }, 1024, 2);
    expect(view.bounds.west).toBeCloseTo(10 - 45, 9);
    expect(view.bounds.east).toBeCloseTo(10 + 45, 9);
    expect(view.bounds.north).toBeGreaterThan(0);
    expect(view.bounds.south).toBeCloseTo(-view.bounds.north, 9);
  });

  it("wraps a view across the antimeridian into west > east, as the API wants it", () => {
    const view = firstMapView({ latitude: 0, longitude: 170, zoom: 4 }, 1024, 100);
    expect(view.bounds.west).toBeCloseTo(125, 9);
    expect(view.bounds.east).toBeCloseTo(-145, 9);
  });

  it("opens at a whole zoom level no lower than the map's minimum, as Leaflet does", () => {
    expect(firstMapView({ latitude: 50, longitude: 20, zoom: 5.4 }, 800, 600).zoom).toBe(5);
    expect(firstMapView({ latitude: 50, longitude: 20, zoom: 0 }, 800, 600).zoom).toBe(2);
  });

  it("reports the centre it opens at, with the longitude in [-180, 180]", () => {
    expect(firstMapView(DEFAULT_MAP_CENTER, 900, 500).center).toEqual({ latitude: 54, longitude: 40 });
    expect(firstMapView({ latitude: 0, longitude: 190, zoom: 3 }, 900, 500).center.longitude).toBeCloseTo(-170, 9);
  });
});
