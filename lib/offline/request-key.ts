/** Next.js adds this to its own fetches of a page's server-component payload; it names no different page. */
const ROUTER_CACHE_BUSTER = "_rsc";

/**
 * The address a saved file is kept under, and looked up by: path and query, the query sorted and
 * without the router's cache buster, so `?step=2&t=x`, `?t=x&step=2` and the router's own fetch of
 * that page all find the one saved copy.
 */
export function requestKey(address: string | URL, base?: string): string {
  const url = new URL(address, base);
  url.searchParams.delete(ROUTER_CACHE_BUSTER);
  url.searchParams.sort();
  const query = url.searchParams.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
