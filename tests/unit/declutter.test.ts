import { describe, expect, it } from "vitest";
import { declutterOffsets } from "@/components/map/declutter";

function placed(points: { id: string; x: number; y: number }[], minDistance: number) {
  const offsets = declutterOffsets(points, minDistance);
  return points.map((p) => ({ id: p.id, x: p.x + offsets.get(p.id)!.dx, y: p.y + offsets.get(p.id)!.dy }));
}

describe("declutterOffsets", () => {
  it("leaves markers that stand apart where they are", () => {
    const offsets = declutterOffsets([{ id: "a", x: 0, y: 0 }, { id: "b", x: 100, y: 0 }], 26);
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
