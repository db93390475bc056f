import { CacheFirst, ExpirationPlugin, NetworkFirst, type RouteHandlerCallbackOptions, type RuntimeCaching } from "serwist";
import { routing } from "@/i18n/routing";
import { RUNTIME_BASEMAP_CACHE, RUNTIME_STATIC_CACHE } from "../cache-names";
import { neverCached } from "../never-cached";
import { localeOfPath, offlinePagePath } from "../offline-page";
import { requestKey } from "../request-key";
import { findSaved } from "./find-saved";

/** How long a page with a saved copy waits for the network before the copy is shown (a bad school line). */
const NETWORK_WAIT_WITH_A_COPY_MS = 6000;
const DAY_SECONDS = 24 * 3600;

/**
 * The pages a tour can be saved with (its page and presentation, its handout, the entry and article
 * pages its steps link to, the offline page), the images those show, and the site files every page loads.
 */
const SAVABLE =
  /^\/[a-z]{2}\/(?:tours\/[^/]+(?:\/present)?|entries\/[^/]+|articles\/[^/]+|handout|offline)$|^\/media\/|^\/manifest\.webmanifest$|^\/icon\.svg$/;

function networkWithin(request: Request, ms: number | null): Promise<Response> {
  if (ms === null) return fetch(request);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The network took too long")), ms);
    fetch(request)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

/**
 * The router's own fetch of a page (Next.js sends RSC: 1). Answered, when the network fails, with an
 * empty page that is not a router payload: Next.js then loads the address as a whole page, which is
 * the saved copy when there is one (and the browser's offline page when there is not), rather than
 * logging a failed fetch.
 */
const isRouterFetch = (request: Request) => request.headers.get("RSC") === "1";
const loadAsWholePage = () => new Response(null, { status: 200, headers: { "Content-Type": "text/html; charset=utf-8" } });

/** One tile of the basemap's coast or place names (not the world outline or the seas every map needs). */
const BASEMAP_TILE = /^\/basemap\/(?:coast|places)\/\d+\/\d+\/\d+\.json$/;

/**
 * A basemap tile neither reachable nor kept (one the map passes over while flying between two saved
 * steps, or one far from every step): no content, which the map takes as it takes a failed tile (the
 * coarse outline, no names there), without the browser logging a failed load for every tile of a flight.
 */
const noTile = () => new Response(null, { status: 204 });

/**
 * For a page load the network could not answer and no saved copy holds: the app's offline page in the
 * address's language, saved with every tour, in place of the browser's own error.
 */
async function offlinePageFor(request: Request, error: unknown): Promise<Response> {
  if (request.mode !== "navigate") throw error;
  const locale = localeOfPath(new URL(request.url).pathname, routing.locales, routing.defaultLocale);
  const page = await findSaved(offlinePagePath(locale));
  if (!page) throw error;
  return page.response;
}

/**
 * What the service worker answers, in order; everything else it leaves to the browser, so the rest
 * of the site behaves as if it were not there. Nothing `neverCached` names is ever answered from a cache:
 * - the build's chunks: from a saved tour's build or the runtime cache, else the network (they never change);
 * - basemap files: the network, else what browsing kept, else a saved tour's copy, else (a tile) no content;
 * - the pages and images a tour can be saved with: the network while it answers, else the saved copy
 *   (remembered per page, so the page can say it is showing the saved copy), else as for any other page;
 * - the router's fetch of any other page (prefetches of the links on a saved page): the network, else
 *   "load it as a whole page", so a link followed offline is loaded as a page, below;
 * - loading any other page (but those `neverCached` names): the network, else the app's offline page,
 *   as for a saved tour's page that has no copy.
 */
export function offlineRoutes(onSavedPageShown: (clientId: string, savedAt: string) => void): RuntimeCaching[] {
  const chunks = new CacheFirst({
    cacheName: RUNTIME_STATIC_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY_SECONDS })],
  });
  const basemap = new NetworkFirst({
    cacheName: RUNTIME_BASEMAP_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: 1000, maxAgeSeconds: 30 * DAY_SECONDS })],
  });
  const mine = ({ request, url, sameOrigin }: { request: Request; url: URL; sameOrigin: boolean }) =>
    sameOrigin && !neverCached(request.method, url.pathname);

  async function savedPage({ request, event }: RouteHandlerCallbackOptions): Promise<Response> {
    const saved = await findSaved(requestKey(request.url));
    try {
      const response = await networkWithin(request, saved ? NETWORK_WAIT_WITH_A_COPY_MS : null);
      if (!saved || response.status < 500) return response;
    } catch (error) {
      if (!saved) return isRouterFetch(request) ? loadAsWholePage() : offlinePageFor(request, error);
    }
    if (isRouterFetch(request)) return loadAsWholePage();
    if (request.mode === "navigate") onSavedPageShown((event as FetchEvent).resultingClientId, saved.savedAt);
    return saved.response;
  }

  return [
    {
      matcher: (options) => mine(options) && options.url.pathname.startsWith("/_next/static/"),
      handler: async (options) => (await caches.match(options.request, { ignoreVary: true })) ?? chunks.handle(options),
    },
    {
      matcher: (options) => mine(options) && options.url.pathname.startsWith("/basemap/"),
      handler: async (options) => {
        try {
          return await basemap.handle(options);
        } catch (error) {
          const saved = await findSaved(requestKey(options.request.url));
          if (saved) return saved.response;
          if (BASEMAP_TILE.test(options.url.pathname)) return noTile();
          throw error;
        }
      },
    },
    { matcher: (options) => mine(options) && SAVABLE.test(options.url.pathname), handler: savedPage },
    {
      // Any page's, the staff area's too: nothing is cached, a failure only becomes a whole-page load.
      matcher: ({ request, url, sameOrigin }) =>
        sameOrigin && request.method === "GET" && isRouterFetch(request) && !url.pathname.startsWith("/api/"),
      handler: async ({ request }) => fetch(request).catch(loadAsWholePage),
    },
    {
      matcher: (options) => mine(options) && options.request.mode === "navigate",
      handler: async ({ request }) => fetch(request).catch((error: unknown) => offlinePageFor(request, error)),
    },
  ];
}
