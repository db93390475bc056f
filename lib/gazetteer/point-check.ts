import { basemapShapes, type CountryShape } from "./basemap-shapes";
import { distanceToEdgeKm, polygonContains } from "./polygon-set";

/** What the basemap (Natural Earth 1:10m) shows at a point: the editor words its warnings from this. */
export interface PointCheck {
  /** Not on land, and farther than COAST_TOLERANCE_KM from it. */
  atSea: boolean;
  /** The country whose polygon holds the point (or, on a coast, the nearest within the tolerance). */
  country: { code: string | null; names: { en: string; ru?: string } } | null;
  /** Only when a country was stated: whether the basemap draws the point inside (or on the coast of) that country. */
  inStatedCountry?: boolean;
}

/**
 * Natural Earth's 1:10m coastline is generalised to a few hundred metres, and a point on a quay or a
 * beach may fall just outside it: within this distance of land a point counts as on the coast.
 * A point a little farther out is at sea: 12 km south-west of Sevastopol's centre is 1.3 km off that
 * coastline. The price: a town on an estuary can be as far off it (Anadyr's centre is 1.4 km), so the
 * editor words this as what the basemap draws, a warning to look again, never a refusal.
 */
export const COAST_TOLERANCE_KM = 1;

export function pointCheck(latitude: number, longitude: number, countryCode?: string): PointCheck {
  const shapes = basemapShapes();
  const onLand = shapes.land.some((polygon) => polygonContains(polygon, longitude, latitude));
  const nearLand = onLand || shapes.land.some((polygon) => distanceToEdgeKm(polygon, longitude, latitude, COAST_TOLERANCE_KM) < Infinity);
  const holder =
    shapes.countries.find((shape) => polygonContains(shape, longitude, latitude)) ?? nearestCountry(shapes.countries, latitude, longitude);
  const result: PointCheck = {
    atSea: !nearLand,
    country: holder ? { code: holder.country, names: holder.names } : null,
  };
  if (countryCode) {
    const stated = countryCode.toUpperCase();
    result.inStatedCountry =
      holder?.country === stated ||
      shapes.countries.some(
        (shape) => shape.country === stated && distanceToEdgeKm(shape, longitude, latitude, COAST_TOLERANCE_KM) < Infinity,
      );
  }
  return result;
}

function nearestCountry(shapes: CountryShape[], latitude: number, longitude: number): CountryShape | undefined {
  let nearest: CountryShape | undefined;
  let nearestKm = Infinity;
  for (const shape of shapes) {
    const km = distanceToEdgeKm(shape, longitude, latitude, COAST_TOLERANCE_KM);
    if (km < nearestKm) [nearest, nearestKm] = [shape, km];
  }
  return nearest;
}
