import { describe, expect, it } from "vitest";
import { bucketGrid, bucketIndex, bucketStart, timeBucket } from "@/lib/viewport";

const DAY = 86_400_000;

function utc(year: number, month = 0, day = 1): number {
  const date = new Date(Date.UTC(2000, month, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

describe("timeline bucket ladder", () => {
  // Three days: the narrowest the timeline asks for (a day in view and as much either side).
  it("cuts windows from three days to 20,000 years into 29–101 buckets", () => {
    for (let width = 3 * DAY; width < 20_000 * 365 * DAY; width *= 1.17) {
      for (const from of [utc(1942), utc(-44, 2, 15), utc(1, 0, 1) - 1]) {
        const { firstIndex, lastIndex } = bucketGrid(from, from + width);
        expect(lastIndex - firstIndex + 1).toBeGreaterThanOrEqual(29);
        expect(lastIndex - firstIndex + 1).toBeLessThanOrEqual(101);
      }
    }
  });

  it("gives two overlapping windows of one width the same buckets where they overlap", () => {
    const first = bucketGrid(utc(1900), utc(1990));
    const second = bucketGrid(utc(1915, 5, 3), utc(2005, 5, 3));
    expect(second.width).toBe(first.width);
    const shared = timeBucket(first.width, second.firstIndex + 1, 7);
    expect(timeBucket(second.width, second.firstIndex + 1, 7)).toEqual(shared);
    expect(shared.start).toBeGreaterThan(utc(1915, 5, 3));
    expect(shared.end).toBeLessThan(utc(1990));
  });

  it("floors before the origin and before year 1, so every moment lies inside its bucket", () => {
    for (const time of [utc(-500, 6, 1), utc(0), utc(1) - 1, utc(1850, 3, 3), utc(1999, 11, 31), utc(2000), utc(3000)]) {
      for (const width of [3_600_000, DAY, 7 * DAY, bucketGrid(0, 300 * 365 * DAY).width]) {
        const index = bucketIndex(width, time);
        expect(bucketStart(width, index)).toBeLessThanOrEqual(time);
        expect(bucketStart(width, index + 1)).toBeGreaterThan(time);
      }
    }
  });

  it("puts the 1st of every month and year in the bucket that starts a few days before it", () => {
    const month = bucketGrid(utc(1940), utc(1945)).width;
    const year = bucketGrid(utc(1900), utc(1960)).width;
    expect(month).toBeGreaterThan(28 * DAY);
    expect(month).toBeLessThan(32 * DAY);
    expect(year).toBeGreaterThan(365 * DAY);
    expect(year).toBeLessThan(367 * DAY);
    for (let y = -3000; y <= 3000; y += 7) {
      const lead = utc(y) - bucketStart(year, bucketIndex(year, utc(y)));
      expect(lead).toBeGreaterThan(0);
      expect(lead).toBeLessThan(5 * DAY);
      for (let m = 0; m < 12; m++) {
        const monthLead = utc(y, m) - bucketStart(month, bucketIndex(month, utc(y, m)));
        expect(monthLead).toBeGreaterThan(0);
        expect(monthLead).toBeLessThan(6 * DAY);
      }
    }
  });
});
