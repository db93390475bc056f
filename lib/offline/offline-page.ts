/**
 * The app's own page for an address that is neither saved on this device nor reachable
 * (app/[locale]/offline): saved in every language with each tour, and shown by the service worker
 * in the language of the address that failed.
 */
export function offlinePagePath(locale: string): string {
  return `/${locale}/offline`;
}

/** The language an address is in (its first segment, when it names one of `locales`), else `fallback`. */
export function localeOfPath(pathname: string, locales: readonly string[], fallback: string): string {
  const first = pathname.split("/")[1] ?? "";
  return locales.includes(first) ? first : fallback;
}
