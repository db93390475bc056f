import { describe, expect, it } from "vitest";
import { declutterOffsets } from "@/components/map/declutter";

function placed(points: { id: string; x: number; y: number }[], minDistance: number) {
  const offsets = declutterOffsets(points, minDistance);
  return points.map((p) => ({ id: p.id, x: p.x + offsets.get(p.id)!.dx, y: p.y + offsets.get(p.id)!.dy }));
}

describe("declutterOffsets", () => {
  it("leaves markers that stand apart where they are", () => {
    const offsets = declutterOffsets(
      [
        { id: "a", x: 0, y: 0 },
        { id: "b", x: 100, y: 0 },
      ],
      26,
    );
    expect(offsets.get("a")).toEqual({ dx: 0, dy: 0 });
    expect(offsets.get("b")).toEqual({ dx: 0, dy: 0 });
  });

  it("fans out markers at one point and markers merely close, so no two are nearer than the minimum", () => {
    const points = [
      ...Array.from({ length: 7 }, (_, i) => ({ id: `same-${i}`, x: 200, y: 200 })),
      { id: "near-1", x: 210, y: 205 },
      { id: "near-2", x: 500, y: 500 },
      { id: "near-3", x: 512, y: 500 },
      // Apart from the group at first, but inside the ring it makes: must be merged into it.
      { id: "ring-neighbour", x: 232, y: 212 },
    ];
    const result = placed(points, 26);
    for (const a of result) {
      for (const b of result) {
        if (a.id < b.id) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
      }
    }
  });
});

/** The all-pairs grouping the grid replaced: the groups (and so the rings) must come out the same. */
function pairwiseGroups(points: { id: string; x: number; y: number }[], minDistance: number): string[][] {
  const group = new Map(points.map((p, i) => [p.id, i]));
  for (const a of points) {
    for (const b of points) {
      if (a.id < b.id && Math.hypot(a.x - b.x, a.y - b.y) < minDistance) {
        const from = group.get(b.id)!;
        const to = group.get(a.id)!;
        for (const [id, g] of group) if (g === from) group.set(id, to);
      }
    }
  }
  const members = new Map<number, string[]>();
  for (const [id, g] of group) members.set(g, [...(members.get(g) ?? []), id]);
  return [...members.values()].map((m) => m.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe("declutterOffsets on many points", () => {
  // A seeded spread like a zoomed-out map: dense towns and loose countryside.
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const points = Array.from({ length: 400 }, (_, i) => {
    const town = i % 4 === 0;
    return {
      id: `p${String(i).padStart(3, "0")}`,
      x: (town ? 300 : 0) + random() * (town ? 40 : 1200),
      y: (town ? 200 : 0) + random() * (town ? 40 : 800),
    };
  });

  it("keeps every two markers at least the spacing apart", () => {
    const result = placed(points, 28);
    let nearest = Infinity;
    for (let i = 0; i < result.length; i++) {
      for (let j = i + 1; j < result.length; j++)
        nearest = Math.min(nearest, Math.hypot(result[i]!.x - result[j]!.x, result[i]!.y - result[j]!.y));
    }
    expect(nearest).toBeGreaterThanOrEqual(26);
  });

  it("fans out every marker that comparing every pair would group", () => {
    const offsets = declutterOffsets(points, 28);
    const moved = points.filter((p) => offsets.get(p.id)!.dx !== 0 || offsets.get(p.id)!.dy !== 0).map((p) => p.id);
    const inGroups = pairwiseGroups(points, 28)
      .filter((g) => g.length > 1)
      .flat();
    // Every point the first pass groups is fanned out (later rounds may add more, never fewer).
    for (const id of inGroups) expect(moved).toContain(id);
  });
});

/** Whether two 24 px square markers centred at these points share any pixel. */
const squaresOverlap = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 24 && Math.abs(a.y - b.y) < 24;

describe("declutterOffsets keeps square markers apart", () => {
  it("spreads entries at one point so that no two 24 px squares overlap, diagonally too", () => {
    for (let count = 2; count <= 12; count++) {
      const result = placed(
        Array.from({ length: count }, (_, i) => ({ id: `same-${i}`, x: 300, y: 300 })),
        28,
      );
      for (const a of result)
        for (const b of result) if (a.id < b.id) expect(squaresOverlap(a, b), `${count}: ${a.id} ${b.id}`).toBe(false);
    }
  });

  it("separates two markers whose squares touch corner to corner", () => {
    const result = placed(
      [
        { id: "a", x: 100, y: 100 },
        { id: "b", x: 118, y: 118 },
      ],
      28,
    );
    expect(squaresOverlap(result[0]!, result[1]!)).toBe(false);
  });
});

describe("declutterOffsets' order", () => {
  it("puts entries at one point in the order of their keys, not their ids, and leaves a lone marker alone", () => {
    const offsets = declutterOffsets(
      [
        { id: "z", key: "almaty", x: 50, y: 50 },
        { id: "a", key: "csto-meeting", x: 50, y: 50 },
        { id: "lone", key: "khatyn", x: 400, y: 50 },
      ],
      28,
    );
    expect(offsets.get("z")).toEqual({ dx: -14, dy: 0 });
    expect(offsets.get("a")).toEqual({ dx: 14, dy: 0 });
    expect(offsets.get("lone")).toEqual({ dx: 0, dy: 0 });
  });

  it("keeps markers that are merely close in their places relative to each other", () => {
    const offsets = declutterOffsets(
      [
        { id: "east", x: 110, y: 100 },
        { id: "west", x: 100, y: 100 },
      ],
      28,
    );
    expect(100 + offsets.get("west")!.dx).toBeLessThan(110 + offsets.get("east")!.dx);
  });
});
