import { describe, expect, it } from "vitest";
import { DotGrid } from "@/components/map/dot-grid";
import { splitByBudget } from "@/components/map/marker-budget";

describe("DotGrid", () => {
  it("finds the dot under the pointer, and none beyond the hit radius", () => {
    const grid = new DotGrid<string>(20);
    grid.add(100, 100, "a");
    grid.add(300, 100, "b");
    expect(grid.hit(104, 97, 9)).toBe("a");
    expect(grid.hit(300, 108, 9)).toBe("b");
    expect(grid.hit(200, 100, 9)).toBeNull();
    expect(grid.hit(110, 100, 9)).toBeNull();
  });

  it("finds a dot whose centre lies in the next cell, on either side and at negative coordinates (world copies)", () => {
    const grid = new DotGrid<string>(20);
    grid.add(39, 39, "right-below");
    grid.add(-1, -1, "left-above");
    // (41, 41) and (1, 1) are in other cells than the dots they hit.
    expect(grid.hit(41, 41, 9)).toBe("right-below");
    expect(grid.hit(1, 1, 9)).toBe("left-above");
    expect(grid.hit(-21, -21, 9)).toBeNull();
  });

  it("picks the nearest of overlapping dots, and of equally near ones the last added (drawn on top)", () => {
    const grid = new DotGrid<string>(20);
    grid.add(50, 50, "under");
    grid.add(56, 50, "beside");
    grid.add(50, 50, "over");
    expect(grid.hit(50, 50, 9)).toBe("over");
    expect(grid.hit(55, 50, 9)).toBe("beside");
  });

  it("among ten thousand dots 10 px apart, finds the one under the pointer", () => {
    const grid = new DotGrid<number>(20);
    for (let i = 0; i < 10_000; i++) grid.add((i % 100) * 10, Math.floor(i / 100) * 10, i);
    expect(grid.hit(502, 301, 4)).toBe(3050);
    expect(grid.hit(505, 305, 4)).toBeNull();
  });
});

describe("splitByBudget", () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);

  it("keeps every entry a marker while they fit the budget", () => {
    expect(splitByBudget(ids(150), () => false, { budget: 150 })).toEqual({ markers: ids(150), dots: [] });
  });

  it("past the budget makes dots of all but the kept entries", () => {
    const { markers, dots } = splitByBudget(ids(151), (id) => id === "e7" || id === "e140", { budget: 150 });
    expect(markers).toEqual(["e7", "e140"]);
    expect(dots).toHaveLength(149);
    expect(dots).not.toContain("e7");
  });

  it("a dotted view turns back into markers only well below the budget, not just under it", () => {
    expect(splitByBudget(ids(140), () => false, { budget: 150, dotted: true }).dots).toHaveLength(140);
    expect(splitByBudget(ids(140), () => false, { budget: 150, dotted: false }).dots).toHaveLength(0);
    expect(splitByBudget(ids(120), () => false, { budget: 150, dotted: true })).toEqual({ markers: ids(120), dots: [] });
  });
});
