import { describe, expect, it } from "vitest";
import { type Box, type LabelCandidate, placeLabels } from "@/components/map/label-placement";
import { tilesInView } from "@/components/map/tiles-in-view";

const town = (key: string, x: number, y: number, width = 40): LabelCandidate => ({ key, x, y, width, height: 15, centred: false });
const markerAt = (x: number, y: number, size = 24): Box => ({
  left: x - size / 2,
  top: y - size / 2,
  right: x + size / 2,
  bottom: y + size / 2,
});
const textBox = ({ left, top, candidate }: { left: number; top: number; candidate: LabelCandidate }): Box => ({
  left,
  top,
  right: left + candidate.width,
  bottom: top + candidate.height,
});
const overlap = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe("placing place names", () => {
  it("writes a town's name to the right of its dot, and a sea's across its point", () => {
    const [placed] = placeLabels([town("rzhev", 100, 100)], []);
    expect(placed).toMatchObject({ left: 104, top: 92.5 });
    const [sea] = placeLabels([{ key: "black-sea", x: 300, y: 300, width: 60, height: 16, centred: true }], []);
    expect(sea).toMatchObject({ left: 270, top: 292 });
  });

  it("gives the place listed first its choice, and moves or leaves out the others", () => {
    const placed = placeLabels(
      [town("moscow", 100, 100), town("neighbour", 100, 116), town("under-moscows-name", 120, 100), town("on-moscow", 100, 100)],
      [],
    );
    expect(placed.map((p) => p.candidate.key)).toEqual(["moscow", "neighbour"]);
    // The neighbour's name cannot go right (into Moscow's): it goes on the next side that is free.
    expect(placed[1]).toMatchObject({ left: 56, top: 108.5 });
  });

  it("keeps names clear of the entry markers where it can, and past a marker standing on the town itself", () => {
    const [beside] = placeLabels([town("tver", 100, 100)], [markerAt(130, 100)]);
    expect(overlap(textBox(beside!), markerAt(130, 100))).toBe(false);
    const [onTown] = placeLabels([town("rzhev", 100, 100)], [markerAt(100, 100)]);
    expect(onTown).toMatchObject({ left: 114 });
    expect(overlap(textBox(onTown!), markerAt(100, 100))).toBe(false);
  });

  it("still writes a name with no free side under the markers (drawn over it) rather than leave the town unnamed", () => {
    const [under] = placeLabels([town("rzhev", 100, 100)], [markerAt(100, 100, 52)]);
    expect(under).toMatchObject({ left: 104 });
  });

  it("never lets two names, or a name and a town's dot, overlap", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const candidates = Array.from({ length: 300 }, (_, i) => town(`t${i}`, random() * 800, random() * 500, 20 + random() * 80));
    const placed = placeLabels(candidates, [markerAt(400, 250), markerAt(200, 100)]);
    expect(placed.length).toBeGreaterThan(20);
    expect(placed.length).toBeLessThan(300);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        expect(overlap(textBox(a), textBox(b))).toBe(false);
        const dot = markerAt(b.candidate.x, b.candidate.y, 2);
        expect(overlap(textBox(a), dot)).toBe(false);
      }
    }
  });
});

describe("the label tiles in view", () => {
  it("are the tiles the view's pixels reach, rows cut to the world", () => {
    expect(tilesInView(3, 300, -100, 700, 300)).toEqual([
      { z: 3, x: 1, y: 0, copy: 0 },
      { z: 3, x: 1, y: 1, copy: 0 },
      { z: 3, x: 2, y: 0, copy: 0 },
      { z: 3, x: 2, y: 1, copy: 0 },
    ]);
  });

  it("wrap across the antimeridian into the world copies the map repeats", () => {
    const tiles = tilesInView(1, -100, 0, 600, 10);
    expect(tiles).toEqual([
      { z: 1, x: 1, y: 0, copy: -1 },
      { z: 1, x: 0, y: 0, copy: 0 },
      { z: 1, x: 1, y: 0, copy: 0 },
      { z: 1, x: 0, y: 0, copy: 1 },
    ]);
  });
});
