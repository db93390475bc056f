import type { ContentLocale } from "@/lib/content/locales";
import { distanceKm } from "@/lib/geo/distance";
import { type CollectionGazetteer, collectionGazetteer } from "./collection-gazetteer";
import type { MatchKind } from "./name-index";
import { placeKey } from "./place-key";
import type { PlaceResult } from "./place-result";
import { type WorldGazetteer, worldGazetteer } from "./world-gazetteer";

export interface PlaceSearchOptions {
  locale: ContentLocale;
  limit: number;
  /** Places near this point rank higher (the map's centre, say). */
  near?: { latitude: number; longitude: number };
  /** Places in this country (ISO alpha-2) rank higher. */
  country?: string;
}

// A score is how well the name matched plus how notable the place is (log10 of its population, so a
// whole-name match in a town outranks a prefix match in a capital). Collection entries count as
// towns of 100,000 or as their city, whichever is larger, plus one: the curators put them there.
const MATCH_SCORE: Record<MatchKind, number> = { exact: 10, prefix: 5, word: 2 };
const COLLECTION_FLOOR = 5;
const COLLECTION_BONUS = 1;
const UNKNOWN_POPULATION = 3;
const COUNTRY_BONUS = 3;
const NEAR_BONUS = 4;
const NEAR_RADIUS_KM = 1000;

/** Fewer letters than this match too much to rank usefully ("s" begins a sixth of all names). */
export const MIN_QUERY_LETTERS = 2;
// Collection names share their first words ("Monument to…", "Памятник…"), and their notability is
// flat, so past this many keys a walk adds only more of the same: keys come in order, exact matches
// first. The world's names vary in size and are walked whole (a two-letter prefix begins at most
// 15,000 of them).
const COLLECTION_WALK_LIMIT = 5000;

interface Candidate {
  score: number;
  source: "collection" | "geonames";
  index: number;
}

/**
 * Places whose name (in any language, any alias, Cyrillic or Latin spelling) or a word of it begins
 * with the query: the collection's published entries with a point and the packaged world cities,
 * best first.
 */
export async function searchPlaces(query: string, options: PlaceSearchOptions): Promise<PlaceResult[]> {
  const key = placeKey(query);
  if (!key || query.replace(/[^\p{L}\p{N}]/gu, "").length < MIN_QUERY_LETTERS || options.limit < 1) return [];
  const world = worldGazetteer();
  const collection = await collectionGazetteer();
  const best: Candidate[] = [];
  const consider = (candidate: Candidate) => keepBest(best, candidate, options.limit);
  const bonus = (latitude: number, longitude: number, country: string | null) =>
    (options.country && country === options.country ? COUNTRY_BONUS : 0) +
    (options.near ? NEAR_BONUS * Math.max(0, 1 - distanceKm(options.near, { latitude, longitude }) / NEAR_RADIUS_KM) : 0);

  const entry = (index: number, match: MatchKind): Candidate => {
    const place = collection.places[index]!;
    const population = collection.population.get(index);
    const notability = Math.max(COLLECTION_FLOOR, population ? Math.log10(population) : 0) + COLLECTION_BONUS;
    return {
      score: MATCH_SCORE[match] + notability + bonus(place.latitude, place.longitude, place.countryCode),
      source: "collection",
      index,
    };
  };
  collection.names.visit(key, (index, match) => consider(entry(index, match)), COLLECTION_WALK_LIMIT);
  const { cities } = world;
  world.names.visit(key, (index, match) => {
    // A city a place entry stands for is that entry (which the collection walk may have stopped short of).
    const standIn = collection.replacedCities.get(index);
    if (standIn !== undefined) return consider(entry(standIn, match));
    const population = cities.population[index]!;
    const notability = population > 0 ? Math.log10(population) : UNKNOWN_POPULATION;
    const score = MATCH_SCORE[match] + notability + bonus(cities.latitude[index]!, cities.longitude[index]!, cities.country[index]!);
    consider({ score, source: "geonames", index });
  });
  return best.map((candidate) => toResult(candidate, options.locale, world, collection));
}

/** Keeps `best` as the top `limit` candidates, highest score first, each place once. */
function keepBest(best: Candidate[], candidate: Candidate, limit: number): void {
  if (best.length === limit && best[limit - 1]!.score >= candidate.score) return;
  const same = best.findIndex((other) => other.source === candidate.source && other.index === candidate.index);
  if (same >= 0) {
    if (best[same]!.score >= candidate.score) return;
    best.splice(same, 1);
  }
  let at = best.length;
  while (at > 0 && best[at - 1]!.score < candidate.score) at--;
  best.splice(at, 0, candidate);
  if (best.length > limit) best.pop();
}

function toResult(candidate: Candidate, locale: ContentLocale, world: WorldGazetteer, collection: CollectionGazetteer): PlaceResult {
  if (candidate.source === "collection") {
    const place = collection.places[candidate.index]!;
    const population = collection.population.get(candidate.index);
    return {
      id: `entry:${place.slug}`,
      name: place.titles[locale] ?? place.titles.en ?? place.titles.ru ?? place.slug,
      names: place.titles,
      country: place.countryCode,
      latitude: place.latitude,
      longitude: place.longitude,
      ...(population ? { population } : {}),
      source: "collection",
      slug: place.slug,
      kind: place.kind,
    };
  }
  const { cities } = world;
  const i = candidate.index;
  const names = { en: cities.name[i]!, ...(cities.russianName[i] ? { ru: cities.russianName[i] } : {}) };
  return {
    id: `geonames:${cities.geonameId[i]}`,
    name: (locale === "ru" && names.ru) || names.en,
    names,
    country: cities.country[i]!,
    latitude: cities.latitude[i]!,
    longitude: cities.longitude[i]!,
    ...(cities.population[i] ? { population: cities.population[i] } : {}),
    source: "geonames",
  };
}
