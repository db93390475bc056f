import { processSingleton } from "@/lib/process-singleton";
import { type IndexedName, NameIndex } from "./name-index";
import { readWorldCities, type WorldCities } from "./world-cities";

export interface WorldGazetteer {
  cities: WorldCities;
  names: NameIndex;
  /** How long reading and indexing took, for the bench. */
  loadMs: number;
}

/** The packaged world cities, read and indexed once per process on first use (about a second: see bench/results.md). */
export function worldGazetteer(): WorldGazetteer {
  return processSingleton("gazetteer:world", buildWorldGazetteer);
}

function buildWorldGazetteer(): WorldGazetteer {
  const started = performance.now();
  const cities = readWorldCities();
  const names = NameIndex.of(cityNames(cities));
  return { cities, names, loadMs: performance.now() - started };
}

function* cityNames(cities: WorldCities): Generator<IndexedName> {
  for (let i = 0; i < cities.count; i++) {
    yield [i, cities.name[i]!];
    const alternatesFrom = cities.alternatesFrom[i]!;
    for (const [n, other] of cities.otherNames[i]!.entries()) yield [i, other, n >= alternatesFrom];
  }
}
