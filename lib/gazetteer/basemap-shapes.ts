import fs from "node:fs";
import path from "node:path";
import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import russian from "i18n-iso-countries/langs/ru.json";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { processSingleton } from "@/lib/process-singleton";
import { type FlatPolygon, flatPolygon } from "./polygon-set";

export interface CountryShape extends FlatPolygon {
  /** ISO 3166-1 alpha-2; null for areas Natural Earth draws without a code (Kosovo, Somaliland, bases). */
  country: string | null;
  names: { en: string; ru?: string };
}

export interface BasemapShapes {
  land: FlatPolygon[];
  countries: CountryShape[];
}

countries.registerLocale(english);
countries.registerLocale(russian);

/** Natural Earth's scales as world-atlas ships them: 1:10m (the finest, 3.6 MB), 1:50m and 1:110m. */
export type BasemapScale = "10m" | "50m" | "110m";

/**
 * Natural Earth land and country polygons (world-atlas' countries-<scale>), by default 1:10m, the
 * finest outline the app ships: read from node_modules once per process on first use, never bundled.
 * A drawing of a continent or the world asks for a coarser scale: the same picture at a fraction of the work.
 */
export function basemapShapes(scale: BasemapScale = "10m"): BasemapShapes {
  return processSingleton(`gazetteer:basemap-shapes:${scale}`, () => readBasemapShapes(scale));
}

type Shapes = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;

function readBasemapShapes(scale: BasemapScale): BasemapShapes {
  const file = path.join(process.cwd(), "node_modules", "world-atlas", `countries-${scale}.json`);
  const topology = JSON.parse(fs.readFileSync(file, "utf8")) as Shapes;
  const land = feature(topology, topology.objects.land).features.flatMap((f) => polygonsOf(f.geometry));
  const shapes = feature(topology, topology.objects.countries).features.flatMap((f) => {
    const country = f.id === undefined ? null : (countries.numericToAlpha2(f.id) ?? null);
    const russianName = country ? countries.getName(country, "ru") : undefined;
    const names = { en: (country && countries.getName(country, "en")) || f.properties.name, ...(russianName ? { ru: russianName } : {}) };
    return polygonsOf(f.geometry).map((polygon) => ({ ...polygon, country, names }));
  });
  return { land, countries: shapes };
}

function polygonsOf(geometry: GeoJSON.Geometry | null): FlatPolygon[] {
  if (geometry?.type === "Polygon") return [flatPolygon(geometry.coordinates)];
  if (geometry?.type === "MultiPolygon") return geometry.coordinates.map(flatPolygon);
  return [];
}
