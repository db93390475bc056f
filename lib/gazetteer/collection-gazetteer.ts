import { versionedCache } from "@/lib/data/viewport/versioned-cache";
import { distanceKm } from "@/lib/geo/distance";
import { NameIndex } from "./name-index";
import { placeKey } from "./place-key";
import { type CollectionPlace, readCollectionPlaces } from "./read-collection-places";
import { worldGazetteer } from "./world-gazetteer";

export interface CollectionGazetteer {
  places: CollectionPlace[];
  names: NameIndex;
  /** Population of the GeoNames city each place entry stands for, where it stands for one. */
  population: Map<number, number>;
  /** GeoNames cities that a place entry stands for: search shows the entry instead, once. */
  replacedCities: Set<number>;
}

// A place entry and a GeoNames city of the same name this close together are one place.
const SAME_PLACE_KM = 30;

/** The published collection's places, rebuilt when the collection version moves on (any entry written). */
export const collectionGazetteer = versionedCache<CollectionGazetteer>("gazetteer:collection", async () => {
  const places = await readCollectionPlaces();
  const world = worldGazetteer();
  const population = new Map<number, number>();
  const replacedCities = new Set<number>();
  places.forEach((place, index) => {
    if (place.kind !== "place") return;
    for (const name of place.names) {
      for (const [city, match] of world.names.find(placeKey(name))) {
        if (match !== "exact" || replacedCities.has(city)) continue;
        const point = { latitude: world.cities.latitude[city]!, longitude: world.cities.longitude[city]! };
        if (distanceKm(point, place) > SAME_PLACE_KM) continue;
        replacedCities.add(city);
        population.set(index, Math.max(population.get(index) ?? 0, world.cities.population[city]!));
      }
    }
  });
  const names = new NameIndex(places.flatMap((place, index) => place.names.map((name): [number, string] => [index, name])));
  return { places, names, population, replacedCities };
});
