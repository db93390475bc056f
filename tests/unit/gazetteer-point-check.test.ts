import { describe, expect, it } from "vitest";
import { pointCheck } from "@/lib/gazetteer/point-check";
import { SEA_LABELS } from "@/lib/gazetteer/sea-labels";
import { ENTRIES } from "@/prisma/seed/entries";

const SEVASTOPOL = { latitude: 44.60795, longitude: 33.52134 };

/** The point `km` from a start along a compass bearing (spherical Earth). */
function offset(start: { latitude: number; longitude: number }, bearingDegrees: number, km: number) {
  const rad = Math.PI / 180;
  const d = km / 6371;
  const [lat, lng, bearing] = [start.latitude * rad, start.longitude * rad, bearingDegrees * rad];
  const latitude = Math.asin(Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(bearing));
  const longitude = lng + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat), Math.cos(d) - Math.sin(lat) * Math.sin(latitude));
  return { latitude: latitude / rad, longitude: longitude / rad };
}

describe("point checks against Natural Earth 1:10m", () => {
  it("puts Sevastopol's centre on land, and a point 12 km south-west of it at sea", () => {
    const centre = pointCheck(SEVASTOPOL.latitude, SEVASTOPOL.longitude);
    expect(centre.atSea).toBe(false);
    // world-atlas 2.0.2 (Natural Earth) draws Crimea inside Russia's polygon; the check reports what
    // the basemap draws, and the editor's warning says so in those words.
    expect(centre.country?.code).toBe("RU");
    const offshore = offset(SEVASTOPOL, 225, 12);
    expect(pointCheck(offshore.latitude, offshore.longitude)).toMatchObject({ atSea: true, country: null });
  });

  it("names the country whose polygon holds a point, and whether it is the stated one", () => {
    expect(pointCheck(56.26241, 34.32817, "RU")).toMatchObject({ atSea: false, country: { code: "RU" }, inStatedCountry: true });
    expect(pointCheck(43.25667, 76.92861, "kz")).toMatchObject({
      country: { code: "KZ", names: { en: "Kazakhstan", ru: "Казахстан" } },
      inStatedCountry: true,
    });
    expect(pointCheck(55.75, 37.62, "KZ")).toMatchObject({ country: { code: "RU" }, inStatedCountry: false });
    expect(pointCheck(55.75, 37.62)).not.toHaveProperty("inStatedCountry");
  });

  it("reads polygons that cross the antimeridian correctly on both sides", () => {
    // Chukotka, west and east of 180°.
    expect(pointCheck(66.5, 175)).toMatchObject({ atSea: false, country: { code: "RU" } });
    expect(pointCheck(65.58, -170.99)).toMatchObject({ atSea: false, country: { code: "RU" } });
    // North of Eurasia's crossing, far from any coast.
    expect(pointCheck(68, 3).atSea).toBe(true);
  });

  it("counts a point just off a coast as on the coast, not at sea", () => {
    // The reference collection's points are on land or on a quay; each is in its stated country.
    for (const entry of ENTRIES) {
      if (entry.latitude == null || entry.longitude == null) continue;
      const check = pointCheck(entry.latitude, entry.longitude, entry.countryCode ?? undefined);
      expect(check.atSea, entry.slug).toBe(false);
      if (entry.countryCode) expect(check.inStatedCountry, entry.slug).toBe(true);
    }
  });

  it("puts every sea label at sea (Lake Ladoga is a lake: Natural Earth's land covers lakes)", () => {
    for (const sea of SEA_LABELS) expect(pointCheck(sea.lat, sea.lng).atSea, sea.id).toBe(sea.kind !== "lake");
  });
});
