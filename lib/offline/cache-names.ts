/**
 * The caches the offline lessons use. Each saved tour has a cache of its own, named for its language,
 * slug and the moment it was saved: an update fills a new one and only then drops the old, so a
 * failed update leaves the earlier copy whole. Scripts and styles, shared by every saved tour, are
 * kept per build, since a saved page loads the chunks of the build that rendered it.
 */
const TOUR_CACHE = "offline-tour";
const APP_FILES_CACHE = "offline-app";
const SEPARATOR = "|";

/** Chunks and basemap files met while browsing, so a step or zoom nobody saved may still be there. */
export const RUNTIME_STATIC_CACHE = "runtime-static";
export const RUNTIME_BASEMAP_CACHE = "runtime-basemap";

export interface TourCacheName {
  locale: string;
  slug: string;
  savedAt: string;
}

export function tourCacheName({ locale, slug, savedAt }: TourCacheName): string {
  return [TOUR_CACHE, locale, slug, savedAt].join(SEPARATOR);
}

export function parseTourCacheName(name: string): TourCacheName | null {
  const parts = name.split(SEPARATOR);
  if (parts.length !== 4 || parts[0] !== TOUR_CACHE) return null;
  const [, locale, slug, savedAt] = parts as [string, string, string, string];
  return locale && slug && savedAt ? { locale, slug, savedAt } : null;
}

export function appFilesCacheName(build: string): string {
  return [APP_FILES_CACHE, build].join(SEPARATOR);
}

export function buildOfAppFilesCache(name: string): string | null {
  const prefix = APP_FILES_CACHE + SEPARATOR;
  return name.startsWith(prefix) ? name.slice(prefix.length) : null;
}
