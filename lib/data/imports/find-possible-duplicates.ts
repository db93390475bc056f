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

/**
 * Entries of any status within `radiusKm` of a place whose name or an alias is the same as or similar
 * to one of `names`, nearest first. One indexed box query (status, latitude, longitude), then the
 * names of what it found.
 */
export async function findPossibleDuplicates(place: PlacedNames, radiusKm: number): Promise<DuplicateCandidate[]> {
  const wanted = nameWords(place.names);
  if (wanted.length === 0) return [];
  const dLat = radiusKm / KM_PER_DEGREE;
  const dLon = radiusKm / (KM_PER_DEGREE * Math.max(0.01, Math.cos((place.latitude * Math.PI) / 180)));
  const nearby = await db.entry.findMany({
    where: {
      status: { in: [...PUBLICATION_STATUSES] },
      latitude: { gte: place.latitude - dLat, lte: place.latitude + dLat },
      longitude: { gte: place.longitude - dLon, lte: place.longitude + dLon },
    },
    select: { slug: true, latitude: true, longitude: true, translations: { select: { locale: true, title: true, aliases: true } } },
    take: 200,
  });
  const found: DuplicateCandidate[] = [];
  for (const entry of nearby) {
    const distance = distanceKm(place, { latitude: entry.latitude!, longitude: entry.longitude! });
    if (distance > radiusKm) continue;
    const names = entry.translations.flatMap((t) => [t.title, ...t.aliases.split("\n")]);
    if (!nameWords(names).some((theirs) => wanted.some((ours) => similar(ours, theirs)))) continue;
    const title = entry.translations.find((t) => t.locale === "en")?.title || entry.translations[0]?.title || entry.slug;
    found.push({ slug: entry.slug, title, distanceKm: Math.round(distance * 10) / 10 });
  }
  return found.sort((a, b) => a.distanceKm - b.distanceKm).slice(0, 5);
}
