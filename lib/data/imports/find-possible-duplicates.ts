import "server-only";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import { distanceKm } from "@/lib/geo/distance";
import { textSkeleton } from "@/lib/search/skeleton";

export interface DuplicateCandidate {
  slug: string;
  title: string;
  distanceKm: number;
}

export interface PlacedNames {
  latitude: number;
  longitude: number;
  /** Titles and aliases, in any language. */
  names: string[];
}

const KM_PER_DEGREE = 111.32;

/** Each name as its words' transliterated skeletons ("Мамаев курган" and "Mamayev Kurgan" are both "mamaev kurgan"). */
function nameWords(names: readonly string[]): Set<string>[] {
  return names.map((name) => new Set(textSkeleton(name).split(" ").filter(Boolean))).filter((words) => words.size > 0);
}

const isNumber = (word: string) => /^\d+$/.test(word);

/**
 * Same or similar: most words in common ("Soldier and Sailor" and "Soldier and Sailor memorial"), not
 * just one of several; and the same numbers, where both have any ("Mass grave No. 12" is not "No. 13").
 */
function similar(a: Set<string>, b: Set<string>): boolean {
  const numbersA = [...a].filter(isNumber);
  const numbersB = [...b].filter(isNumber);
  if (numbersA.length > 0 && numbersB.length > 0 && numbersA.sort().join(" ") !== numbersB.sort().join(" ")) return false;
  let common = 0;
  for (const word of a) if (b.has(word)) common++;
  return common / (a.size + b.size - common) >= 0.6;
}

/** Rows whose boxes one query looks up: a bounded statement, and few enough candidates to hold at once. */
const PLACES_PER_QUERY = 100;

function boxAround(place: PlacedNames, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((place.latitude * Math.PI) / 180)));
  return {
    latitude: { gte: place.latitude - dLat, lte: place.latitude + dLat },
    longitude: { gte: place.longitude - dLon, lte: place.longitude + dLon },
  };
}

/**
 * For each place, the entries of any status within `radiusKm` whose name or an alias is the same as
 * or similar to one of its names, nearest first (at most five). A query per hundred places (a box
 * each, on the status-latitude-longitude index) rather than one per place: an import asks for a
 * whole batch of rows at once.
 */
export async function findPossibleDuplicates(places: readonly PlacedNames[], radiusKm: number): Promise<DuplicateCandidate[][]> {
  const found = places.map((): DuplicateCandidate[] => []);
  const wanted = places.map((place) => nameWords(place.names));
  const asked = places.flatMap((_, i) => (wanted[i]!.length > 0 ? [i] : []));
  for (let at = 0; at < asked.length; at += PLACES_PER_QUERY) {
    const chunk = asked.slice(at, at + PLACES_PER_QUERY);
    const nearby = await db.entry.findMany({
      where: { status: { in: [...PUBLICATION_STATUSES] }, OR: chunk.map((i) => boxAround(places[i]!, radiusKm)) },
      select: { slug: true, latitude: true, longitude: true, translations: { select: { locale: true, title: true, aliases: true } } },
    });
    const named = nearby.map((entry) => ({
      entry,
      words: nameWords(entry.translations.flatMap((t) => [t.title, ...t.aliases.split("\n")])),
      title: entry.translations.find((t) => t.locale === "en")?.title || entry.translations[0]?.title || entry.slug,
    }));
    for (const i of chunk) {
      const place = places[i]!;
      for (const { entry, words, title } of named) {
        const distance = distanceKm(place, { latitude: entry.latitude!, longitude: entry.longitude! });
        if (distance > radiusKm) continue;
        if (!words.some((theirs) => wanted[i]!.some((ours) => similar(ours, theirs)))) continue;
        found[i]!.push({ slug: entry.slug, title, distanceKm: Math.round(distance * 10) / 10 });
      }
    }
  }
  return found.map((candidates) => candidates.sort((a, b) => a.distanceKm - b.distanceKm).slice(0, 5));
}
