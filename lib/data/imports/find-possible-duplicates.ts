import "server-only";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import { distanceKm } from "@/lib/geo/distance";
import { namesLookAlike } from "@/lib/import/similar-names";
import { textSkeleton } from "@/lib/search/skeleton";

export interface DuplicateCandidate {
  slug: string;
  title: string;
  distanceKm: number;
}

export interface PlacedNames {
  latitude: number;
  longitude: number;
  /** The row's kind: an event is never a duplicate of a memorial or a place at its point, nor the other way round. */
  kind: string;
  /** Titles and aliases, in any language. */
  names: string[];
}

const KM_PER_DEGREE = 111.32;

/** Each name as its words' transliterated skeletons ("Мамаев курган" and "Mamayev Kurgan" are both "mamaev kurgan"). */
function nameWords(names: readonly string[]): Set<string>[] {
  return names.map((name) => new Set(textSkeleton(name).split(" ").filter(Boolean))).filter((words) => words.size > 0);
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
 * For each place, the entries of any status within `radiusKm` whose name or an alias looks like one
 * of its names (lib/import/similar-names.ts), events only for events, nearest first (at most five). A query per hundred places (a box
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
      select: {
        slug: true,
        kind: true,
        latitude: true,
        longitude: true,
        translations: { select: { locale: true, title: true, aliases: true } },
      },
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
        if ((entry.kind === "event") !== (place.kind === "event")) continue;
        if (!words.some((theirs) => wanted[i]!.some((ours) => namesLookAlike(ours, theirs, distance)))) continue;
        found[i]!.push({ slug: entry.slug, title, distanceKm: Math.round(distance * 10) / 10 });
      }
    }
  }
  return found.map((candidates) => candidates.sort((a, b) => a.distanceKm - b.distanceKm).slice(0, 5));
}
