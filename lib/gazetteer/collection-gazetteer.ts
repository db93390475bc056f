import { distanceKm } from "@/lib/geo/distance";
import { processSingleton } from "@/lib/process-singleton";
import { collectionVersion } from "@/lib/viewport";
import { NameIndex } from "./name-index";
import { placeKey } from "./place-key";
import { type CollectionPlace, readCollectionPlaces } from "./read-collection-places";
import { worldGazetteer } from "./world-gazetteer";

export interface CollectionGazetteer {
  places: CollectionPlace[];
  names: NameIndex;
  /** Population of the GeoNames city each place entry stands for, where it stands for one. */
  population: Map<number, number>;
  /** GeoNames cities that a place entry stands for, with that entry: search shows the entry instead, once. */
  replacedCities: Map<number, number>;
}

// A place entry and a GeoNames city of the same name this close together are one place.
const SAME_PLACE_KM = 30;

interface Builds {
  /** The last complete build, and the collection version and database it was read from. */
  latest?: { database: string; version: number; value: CollectionGazetteer };
  building?: { database: string; version: number; promise: Promise<CollectionGazetteer> };
}

/**
 * The published collection's places, rebuilt when the collection version (bumped by the database on
 * every entry write) moves on. A rebuild reads every published entry with a point (seconds at
 * 100,000: see bench/gazetteer-bench.ts), so while it runs, searches get the previous build and a
 * write shows in place search a few seconds later, not as a stalled search.
 */
export async function collectionGazetteer(): Promise<CollectionGazetteer> {
  const builds = processSingleton<Builds>("gazetteer:collection", () => ({}));
  const database = process.env.DATABASE_URL ?? "";
  const version = await collectionVersion();
  const { latest, building } = builds;
  if (latest && latest.database === database && latest.version === version) return latest.value;
  if (!building || building.database !== database || building.version !== version) {
    const promise = buildCollectionGazetteer();
    builds.building = { database, version, promise };
    promise.then(
      (value) => {
        if (builds.building?.promise !== promise) return;
        builds.latest = { database, version, value };
        builds.building = undefined;
      },
      () => {
        if (builds.building?.promise === promise) builds.building = undefined;
      },
    );
  }
  if (latest && latest.database === database) return latest.value;
  return builds.building!.promise;
}

async function buildCollectionGazetteer(): Promise<CollectionGazetteer> {
  const places = await readCollectionPlaces();
  const world = worldGazetteer();
  const population = new Map<number, number>();
  const replacedCities = new Map<number, number>();
  for (const [index, place] of places.entries()) {
    if (place.kind !== "place") continue;
    for (const name of place.names) {
      for (const [city, match] of world.names.find(placeKey(name))) {
        if (match !== "exact" || replacedCities.has(city)) continue;
        const point = { latitude: world.cities.latitude[city]!, longitude: world.cities.longitude[city]! };
        if (distanceKm(point, place) > SAME_PLACE_KM) continue;
        replacedCities.set(city, index);
        population.set(index, Math.max(population.get(index) ?? 0, world.cities.population[city]!));
      }
    }
  }
  const names = await NameIndex.ofInSlices(
    places.flatMap((place, index) => place.names.map((name, n) => [index, name, n >= place.aliasesFrom] as const)),
  );
  return { places, names, population, replacedCities };
}
