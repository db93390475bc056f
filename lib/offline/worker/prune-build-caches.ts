import { buildOfAppFilesCache } from "../cache-names";
import { readSavedTours } from "../saved-tours";

/**
 * Drops the scripts and styles of builds that no saved tour loads any more (after a deploy and the
 * tours' updates), keeping the current build's.
 */
export async function pruneBuildCaches(currentBuild: string): Promise<void> {
  const needed = new Set([currentBuild, ...(await readSavedTours()).map(({ tour }) => tour.build)]);
  for (const cacheName of await caches.keys()) {
    const build = buildOfAppFilesCache(cacheName);
    if (build !== null && !needed.has(build)) await caches.delete(cacheName);
  }
}
