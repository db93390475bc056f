import { buildOfAppFilesCache, RUNTIME_BASEMAP_CACHE, RUNTIME_STATIC_CACHE } from "../cache-names";
import { deleteTourCaches, readSavedTours } from "../saved-tours";
import { retireOfflineWorker } from "./offline-worker";

/** Caches only the offline worker makes: the build's files, what it kept while browsing, Serwist's own. */
const workerCache = (name: string) =>
  buildOfAppFilesCache(name) !== null || name === RUNTIME_STATIC_CACHE || name === RUNTIME_BASEMAP_CACHE || name.startsWith("serwist-");

/**
 * Removes one saved tour from this device. When it was the last, the worker goes, and then every
 * cache it made: the storage is the teacher's, and nothing is left behind. (Unregistered first, so
 * the worker, still serving this page, fills no cache again.)
 */
export async function removeSavedTour(locale: string, slug: string): Promise<void> {
  await deleteTourCaches(locale, slug);
  if ((await readSavedTours()).length > 0) return;
  await retireOfflineWorker();
  for (const cacheName of await caches.keys()) if (workerCache(cacheName)) await caches.delete(cacheName);
}
