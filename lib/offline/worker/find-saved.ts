import { parseTourCacheName } from "../cache-names";

export interface SavedResponse {
  response: Response;
  /** When the tour holding it was saved. */
  savedAt: string;
}

/**
 * A saved tour's copy of an address (a request key), from the newest saved copy holding it. Vary is
 * ignored: Next.js varies pages on its router headers, and a saved page stands for all of them.
 */
export async function findSaved(key: string): Promise<SavedResponse | null> {
  const names = (await caches.keys())
    .map((cacheName) => ({ cacheName, name: parseTourCacheName(cacheName) }))
    .filter((entry) => entry.name !== null)
    .sort((a, b) => (a.name!.savedAt < b.name!.savedAt ? 1 : -1));
  for (const { cacheName, name } of names) {
    const response = await (await caches.open(cacheName)).match(key, { ignoreVary: true });
    if (response) return { response, savedAt: name!.savedAt };
  }
  return null;
}
