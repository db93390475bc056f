import { describe, expect, it } from "vitest";
import { distanceKm } from "@/lib/geo/distance";

describe("distanceKm", () => {
  it("measures great-circle distances", () => {
    // Moscow (Poklonnaya Hill obelisk) to Volgograd (The Motherland Calls): about 910 km as the crow flies.
    const km = distanceKm({ latitude: 55.73167, longitude: 37.50667 }, { latitude: 48.74222, longitude: 44.53694 });
    expect(km).toBeGreaterThan(900);
    expect(km).toBeLessThan(930);
    expect(distanceKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(111.2, 0);
    expect(distanceKm({ latitude: 10, longitude: 10 }, { latitude: 10, longitude: 10 })).toBe(0);
  });
});
