/**
 * Addresses the service worker never answers from a cache, whatever was saved: the staff area, every
 * API (the staff's and sign-in's among them), the sign-in page and anything but GET. So a staff page,
 * an API answer or a session is never stale.
 */
const NEVER_CACHED = [/^\/(?:[a-z]{2}\/)?admin(?:\/|$)/, /^\/api\//, /^\/(?:[a-z]{2}\/)?sign-in(?:\/|$)/];

export function neverCached(method: string, pathname: string): boolean {
  return method !== "GET" || NEVER_CACHED.some((pattern) => pattern.test(pathname));
}
