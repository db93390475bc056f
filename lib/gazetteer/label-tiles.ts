import { processSingleton } from "@/lib/process-singleton";
import { tileBounds, tileHolds } from "./tile-bounds";
import type { WorldCities } from "./world-cities";
import { worldGazetteer } from "./world-gazetteer";

/** One place name for the map to draw. */
export interface PlaceLabel {
  /** GeoNames' name (English where it has an English one). */
  name: string;
  /** The Russian name where known (a guess from GeoNames' alternate names: see docs/gazetteer.md). */
  ru?: string;
  lat: number;
  lng: number;
  population: number;
  /** "capital" (a country's), "admin" (a region's seat) or "town". */
  rank: "capital" | "admin" | "town";
}

export interface LabelTile {
  z: number;
  x: number;
  y: number;
  /** Largest first: draw in this order and drop the later ones that collide. */
  labels: PlaceLabel[];
}

/** Bumped whenever the choice of labels changes (thresholds, weights, fields): part of the tiles' ETag. */
export const LABEL_TILES_VERSION = 1;

/** Labels per tile at most, so a tile stays a few kilobytes whatever the zoom. */
export const LABELS_PER_TILE = 24;

/**
 * The smallest weight a place needs to be labelled at each zoom (index = zoom, the last for every
 * deeper zoom). Weight is population, tripled for capitals and half again for regional seats, so
 * Tallinn shows beside cities twice its size.
 */
export const MIN_WEIGHT_BY_ZOOM = [
  5_000_000, 3_000_000, 2_000_000, 1_000_000, 500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 0,
];

const RANK_WEIGHT = { capital: 3, admin: 1.5, town: 1 };

export function minWeightAt(z: number): number {
  return MIN_WEIGHT_BY_ZOOM[Math.min(z, MIN_WEIGHT_BY_ZOOM.length - 1)]!;
}

/**
 * The places of tile z/x/y that are large enough for zoom z, largest (by weight) first, at most
 * LABELS_PER_TILE. Each place lies in one tile of a zoom; a place labelled at one zoom is labelled
 * at every deeper one (the weights and order do not change with zoom, and a child tile's places
 * outranking it were in the parent tile too).
 */
export function labelTile(z: number, x: number, y: number): LabelTile {
  const { cities, byWeight, weight } = labelOrder();
  const bounds = tileBounds(z, x, y);
  const minimum = minWeightAt(z);
  const labels: PlaceLabel[] = [];
  for (let k = 0; k < byWeight.length && labels.length < LABELS_PER_TILE; k++) {
    const i = byWeight[k]!;
    if (weight[i]! < minimum) break;
    if (!tileHolds(bounds, cities.latitude[i]!, cities.longitude[i]!)) continue;
    labels.push({
      name: cities.name[i]!,
      ...(cities.russianName[i] ? { ru: cities.russianName[i] } : {}),
      lat: cities.latitude[i]!,
      lng: cities.longitude[i]!,
      population: cities.population[i]!,
      rank: rankOf(cities.featureCode[i]!),
    });
  }
  return { z, x, y, labels };
}

function rankOf(featureCode: string): PlaceLabel["rank"] {
  if (featureCode === "PPLC") return "capital";
  return featureCode === "PPLA" ? "admin" : "town";
}

/** Every city's weight, and the cities heaviest first: worked out once per process. */
function labelOrder(): { cities: WorldCities; byWeight: Int32Array; weight: Float64Array } {
  return processSingleton("gazetteer:label-order", () => {
    const { cities } = worldGazetteer();
    const weight = Float64Array.from(
      { length: cities.count },
      (_, i) => cities.population[i]! * RANK_WEIGHT[rankOf(cities.featureCode[i]!)],
    );
    const byWeight = Int32Array.from({ length: cities.count }, (_, i) => i).sort((a, b) => weight[b]! - weight[a]! || a - b);
    return { cities, byWeight, weight };
  });
}
