import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

/**
 * Each area of the admin keeps its strings in its own file under messages/<locale>/, with its own
 * top-level namespaces, so areas can change without touching one shared file.
 */
const MESSAGE_AREAS = [
  "article-curation",
  "review-and-media",
  "deleted-entries",
  "audit-log",
  "places",
  "pickers-and-paging",
  "server-errors",
  "sharing",
  "accounts",
  "tours",
  "imports",
  "import-drafts",
  "explorer-friction",
  "classroom",
  "proposals",
  "local-drafts",
  "offline",
  "article-import",
  "review-reasons",
  "entry-images",
  "timeline-rows",
  "entry-links",
  "sources",
] as const;

async function loadMessages(locale: string): Promise<Record<string, unknown>> {
  const parts = await Promise.all([
    import(`../messages/${locale}.json`),
    ...MESSAGE_AREAS.map((area) => import(`../messages/${locale}/${area}.json`)),
  ]);
  return Object.assign({}, ...parts.map((part: { default: Record<string, unknown> }) => part.default));
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
