import { env } from "@/lib/env";
import { processSingleton } from "@/lib/process-singleton";
import { collectionVersion } from "./collection-version";

interface Cached<T> {
  database: string;
  version: number;
  value: Promise<T>;
}

const caches = processSingleton("viewport.versioned-caches", () => new Map<string, Cached<unknown>>());

/**
 * Something built from the whole published collection, kept per process and rebuilt when the
 * collection version moves on, so several app instances on one database stay correct without
 * talking to each other. One build at a time: concurrent callers share it.
 *
 * A caller that has read the version already (one read per viewport query, not one per cache)
 * passes it.
 */
export function versionedCache<T>(name: string, build: (version: number) => Promise<T>): (knownVersion?: number) => Promise<T> {
  return async (knownVersion) => {
    const database = env.DATABASE_URL;
    const version = knownVersion ?? (await collectionVersion());
    const cached = caches.get(name) as Cached<T> | undefined;
    if (cached && cached.version === version && cached.database === database) return cached.value;
    const value = build(version);
    caches.set(name, { database, version, value });
    try {
      return await value;
    } catch (error) {
      caches.delete(name);
      throw error;
    }
  };
}
