import type { ContentLocale } from "@/lib/content/locales";
import { distanceKm } from "@/lib/geo/distance";
import { type CollectionGazetteer, collectionGazetteer } from "./collection-gazetteer";
import { MATCH_ORDER, type MatchKind, matchOf } from "./name-index";
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
// A match on another name than a current one (a GeoNames alternate, former or foreign: "Königsberg",
// "Stalingrad"; an entry's alias) counts as one on a current name of a place ten times smaller: the
// town called so today comes first, unless the other is much larger.
const ALTERNATE_NAME_PENALTY = 1;
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

type Named = readonly [source: "collection" | "geonames", index: number];

interface Candidate {
  score: number;
  source: "collection" | "geonames";
  index: number;
  /** Whose alternate name matched: a GeoNames city (the place itself or the city an entry stands for) or an entry (an alias). */
  alternateOf?: Named;
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

  const nameScore = (match: MatchKind, alternate: boolean) => MATCH_SCORE[match] - (alternate ? ALTERNATE_NAME_PENALTY : 0);
  const entry = (index: number, match: MatchKind, alternateOf?: Named): Candidate => {
    const place = collection.places[index]!;
    const population = collection.population.get(index);
    const notability = Math.max(COLLECTION_FLOOR, population ? Math.log10(population) : 0) + COLLECTION_BONUS;
    return {
      score: nameScore(match, alternateOf !== undefined) + notability + bonus(place.latitude, place.longitude, place.countryCode),
      source: "collection",
      index,
      ...(alternateOf !== undefined ? { alternateOf } : {}),
    };
  };
  collection.names.visit(
    key,
    (index, match, alias) => consider(entry(index, match, alias ? ["collection", index] : undefined)),
    COLLECTION_WALK_LIMIT,
  );
  const { cities } = world;
  world.names.visit(key, (index, match, alternate) => {
    const alternateOf = alternate ? (["geonames", index] as const) : undefined;
    // A city a place entry stands for is that entry (which the collection walk may have stopped short of).
    const standIn = collection.replacedCities.get(index);
    if (standIn !== undefined) return consider(entry(standIn, match, alternateOf));
    const population = cities.population[index]!;
    const notability = population > 0 ? Math.log10(population) : UNKNOWN_POPULATION;
    const score =
      nameScore(match, alternate) + notability + bonus(cities.latitude[index]!, cities.longitude[index]!, cities.country[index]!);
    consider({ score, source: "geonames", index, ...(alternateOf !== undefined ? { alternateOf } : {}) });
  });
  return best.map((candidate) => {
    const result = toResult(candidate, options.locale, world, collection);
    const matchedName = candidate.alternateOf && matchedAlternate(alternatesOf(candidate.alternateOf, world, collection), key, query);
    return matchedName && !shownIn(result.name, matchedName) ? { ...result, matchedName } : result;
  });
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

function alternatesOf([source, index]: Named, world: WorldGazetteer, collection: CollectionGazetteer): string[] {
  if (source === "collection") return collection.places[index]!.names.slice(collection.places[index]!.aliasesFrom);
  return world.cities.otherNames[index]!.slice(world.cities.alternatesFrom[index]!);
}

/** The alternate name that `key` found best, in the query's script where one is. */
function matchedAlternate(alternates: string[], key: string, query: string): string | undefined {
  const cyrillicQuery = CYRILLIC.test(query);
  let best: { name: string; rank: number } | undefined;
  for (const name of alternates) {
    const match = matchOf(name, key);
    if (!match) continue;
    const rank = (CYRILLIC.test(name) === cyrillicQuery ? 10 : 0) + MATCH_ORDER[match];
    if (!best || rank > best.rank) best = { name, rank };
  }
  return best?.name;
}

/** The name shown already says it: "'To the Heroes…', Mamayev Kurgan" needs no "Mamayev Kurgan" beside it. */
const shownIn = (shown: string, name: string) => ` ${placeKey(shown)} `.includes(` ${placeKey(name)} `);

const CYRILLIC = /[\u0400-\u04ff]/;

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
