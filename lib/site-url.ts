import { routing } from "@/i18n/routing";
import { env } from "./env";

/** An absolute URL on this site, for sitemaps, JSON-LD and link previews. */
export function absoluteUrl(path: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/$/, "")}${path}`;
}

/** The same page in every language, for hreflang alternates. */
export function languageAlternates(pathWithoutLocale: string): Record<string, string> {
  return Object.fromEntries(routing.locales.map((locale) => [locale, `/${locale}${pathWithoutLocale}`]));
}
