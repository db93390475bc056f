import { parseTourCacheName } from "./cache-names";
import { isSavedTour, SAVED_TOUR_RECORD, type SavedTour } from "./saved-tour";

export interface SavedTourCopy {
  cacheName: string;
  tour: SavedTour;
}

/**
 * Every tour saved on this device, newest copy of each, read from the caches themselves (the page and
 * the service worker see the same storage). A cache left half-filled by an interrupted save has no
 * record yet and is not a saved tour.
 */
export async function readSavedTours(): Promise<SavedTourCopy[]> {
  const copies = new Map<string, SavedTourCopy>();
  for (const cacheName of await caches.keys()) {
    const name = parseTourCacheName(cacheName);
    if (!name) continue;
    const record = await (await caches.open(cacheName)).match(SAVED_TOUR_RECORD);
    const tour: unknown = record ? await record.json().catch(() => null) : null;
    if (!isSavedTour(tour)) continue;
    const key = `${tour.locale}/${tour.slug}`;
    const known = copies.get(key);
    if (!known || known.tour.savedAt < tour.savedAt) copies.set(key, { cacheName, tour });
  }
  return [...copies.values()].sort((a, b) => a.tour.title.localeCompare(b.tour.title));
}

/** Drops every cache of one tour (its copy, and any older or unfinished one). */
export async function deleteTourCaches(locale: string, slug: string, keep: string | null = null): Promise<void> {
  for (const cacheName of await caches.keys()) {
    const name = parseTourCacheName(cacheName);
    if (name && name.locale === locale && name.slug === slug && cacheName !== keep) await caches.delete(cacheName);
  }
}
