import { describe, expect, it } from "vitest";
import { clearPopupShift, type Rect } from "@/components/map/popup-placement";

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const moved = (r: Rect, { dx, dy }: { dx: number; dy: number }) => rect(r.left + dx, r.top + dy, r.right - r.left, r.bottom - r.top);

describe("clearPopupShift", () => {
  // A 160×80 popup above a 24 px marker at (200, 200), as Leaflet places it.
  const marker = rect(188, 188, 24, 24);
  const popup = rect(120, 88, 160, 80);

  it("leaves a popup where Leaflet put it when nothing is under it", () => {
    expect(clearPopupShift(popup, marker, [marker, rect(400, 400, 24, 24)])).toEqual({ dx: 0, dy: 0 });
  });

  it("moves it off a neighbour above the marker, covering neither the neighbour nor the marker", () => {
    const neighbour = rect(188, 120, 24, 24);
    const shift = clearPopupShift(popup, marker, [marker, neighbour]);
    expect(shift).not.toEqual({ dx: 0, dy: 0 });
    expect(overlaps(moved(popup, shift), neighbour)).toBe(false);
    expect(overlaps(moved(popup, shift), marker)).toBe(false);
  });

  it("finds room further out around a crowded block of markers", () => {
    // The marker in the middle of a 3×3 block 28 px apart.
    const block = [-1, 0, 1].flatMap((i) => [-1, 0, 1].map((j) => rect(188 + i * 28, 188 + j * 28, 24, 24)));
    const shift = clearPopupShift(popup, marker, block);
    for (const target of block) expect(overlaps(moved(popup, shift), target)).toBe(false);
  });

  it("covers as few as it can when every place is taken", () => {
    const everywhere = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: 40 }, (_, j) => rect(i * 20 - 200, j * 20 - 200, 24, 24)),
    ).flat();
    const shift = clearPopupShift(popup, marker, everywhere);
    expect(Number.isFinite(shift.dx) && Number.isFinite(shift.dy)).toBe(true);
  });
});
