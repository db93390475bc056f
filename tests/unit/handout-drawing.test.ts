import { describe, expect, it } from "vitest";
import { basemapPaths } from "@/lib/handout/basemap-paths";
import { handoutBox, mapFrame, WORLD_BOX } from "@/lib/handout/map-frame";
import { timelineScale } from "@/lib/handout/timeline-scale";
import { embedSnippet } from "@/lib/share/embed-snippet";

describe("the handout's map", () => {
  it("fits a box into the drawing, keeping its points inside", () => {
    const frame = mapFrame({ west: 30, east: 40, south: 54, north: 58 }, 1000, 560);
    for (const [lon, lat] of [
      [30, 54],
      [40, 58],
      [34.33, 56.26],
    ] as const) {
      expect(frame.x(lon)).toBeGreaterThanOrEqual(-0.001);
      expect(frame.x(lon)).toBeLessThanOrEqual(1000.001);
      expect(frame.y(lat)).toBeGreaterThanOrEqual(-0.001);
      expect(frame.y(lat)).toBeLessThanOrEqual(560.001);
    }
    // North is up.
    expect(frame.y(58)).toBeLessThan(frame.y(54));
  });

  it("shows the explorer's map position at a screen's size, or fits the points, or the world", () => {
    const box = handoutBox({ latitude: 56.26, longitude: 34.33, zoom: 8 }, []);
    expect(box.west).toBeLessThan(34.33);
    expect(box.east).toBeGreaterThan(34.33);
    expect(box.east - box.west).toBeCloseTo((1024 * 360) / (256 * 2 ** 8), 5);
    const fitted = handoutBox(null, [
      { latitude: 56.26, longitude: 34.33 },
      { latitude: 59.99, longitude: 30.42 },
    ]);
    expect(fitted.south).toBeLessThan(56.26);
    expect(fitted.north).toBeGreaterThan(59.99);
    expect(handoutBox(null, [])).toEqual(WORLD_BOX);
  });

  it("draws the basemap's outlines cut to the drawing, thinned to a printable size", () => {
    const frame = mapFrame(handoutBox({ latitude: 56.26, longitude: 34.33, zoom: 6 }, []), 1000, 560);
    const paths = basemapPaths(frame);
    expect(paths.length).toBeGreaterThan(0);
    const numbers = paths
      .join(" ")
      .match(/-?\d+(\.\d+)?/g)!
      .map(Number);
    // Cut with a margin of a twentieth of the box, so nothing lies far outside the drawing.
    expect(Math.min(...numbers)).toBeGreaterThan(-80);
    expect(Math.max(...numbers)).toBeLessThan(1080);
    expect(paths.join("").length).toBeLessThan(150_000);
  });
});

describe("the handout's timeline strip", () => {
  const year = (y: number) => Date.UTC(y, 0, 1);

  it("places spans in order, with round year ticks", () => {
    const scale = timelineScale(
      [
        { start: year(1942), end: year(1943) },
        { start: year(2020), end: year(2020) },
      ],
      1000,
    )!;
    expect(scale.x(year(1942))).toBeGreaterThan(0);
    expect(scale.x(year(2020))).toBeLessThan(1000);
    expect(scale.x(year(1942))).toBeLessThan(scale.x(year(2020)));
    expect(scale.ticks.length).toBeGreaterThan(1);
    expect(scale.ticks.length).toBeLessThanOrEqual(8);
    for (const tick of scale.ticks) expect(tick.year % 10).toBe(0);
  });

  it("draws nothing when nothing is dated", () => {
    expect(timelineScale([], 1000)).toBeNull();
  });
});

describe("the embed snippet", () => {
  it("is an iframe with its address and title escaped", () => {
    expect(embedSnippet({ url: "http://localhost:3000/en/embed/view?a=1&b=2", title: 'The "Rzhev" <memorial>' })).toBe(
      '<iframe src="http://localhost:3000/en/embed/view?a=1&amp;b=2" title="The &quot;Rzhev&quot; &lt;memorial&gt;" width="800" height="600" style="border:1px solid #d7d3ca;max-width:100%" loading="lazy"></iframe>',
    );
  });
});
