import { appFilesCacheName, tourCacheName } from "../cache-names";
import { requestKey } from "../request-key";
import { SAVED_TOUR_RECORD, type SavedTour, type SaveTourRequest } from "../saved-tour";
import { deleteTourCaches } from "../saved-tours";
import { inBatches } from "./in-batches";

/** Requests in flight at once: enough to fill a slow line, few enough not to crowd out the lesson. */
const IN_FLIGHT = 6;

export interface SaveProgress {
  done: number;
  total: number;
}

async function fetchToKeep(address: string): Promise<Response> {
  // Straight from the server: the copy must be what the site shows now, not what a cache held.
  const response = await fetch(address, { credentials: "same-origin", cache: "no-store", redirect: "follow" });
  if (!response.ok || response.redirected)
    throw new Error(`${address} answered ${response.status}${response.redirected ? " (redirected)" : ""}`);
  return response;
}

/**
 * Saves one tour: its pages and basemap files into a new cache of its own, the build's scripts and
 * styles its pages load into that build's shared cache (only those not there yet), and last the
 * record that makes it a saved tour. Only then are older copies of the tour dropped; a failure drops
 * the new, unfinished one and leaves any earlier copy as it was.
 */
export async function saveTour(
  request: SaveTourRequest,
  build: { id: string; files: readonly string[] },
  report: (progress: SaveProgress) => void,
): Promise<SavedTour> {
  const saved: SavedTour = { ...request, savedAt: new Date().toISOString(), build: build.id };
  const cacheName = tourCacheName(saved);
  const tourCache = await caches.open(cacheName);
  const appCache = await caches.open(appFilesCacheName(build.id));
  const missingAppFiles: string[] = [];
  for (const file of build.files) if (!(await appCache.match(file))) missingAppFiles.push(file);
  const progress = { done: 0, total: request.files.length + missingAppFiles.length };
  report(progress);
  const keep = (cache: Cache) => async (address: string) => {
    await cache.put(requestKey(address, self.location.origin), await fetchToKeep(address));
    progress.done += 1;
    report(progress);
  };
  try {
    await inBatches(request.files, IN_FLIGHT, keep(tourCache));
    await inBatches(missingAppFiles, IN_FLIGHT, keep(appCache));
    await tourCache.put(SAVED_TOUR_RECORD, Response.json(saved));
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
  await deleteTourCaches(saved.locale, saved.slug, cacheName);
  return saved;
}
