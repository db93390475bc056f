import { routing } from "@/i18n/routing";

/** The sitemap protocol's limit on URLs per file (sitemaps.org); every page is listed once per language. */
export const MAX_URLS_PER_FILE = 50_000;
/**
 * Records per file: fewer than the protocol would allow (50,000 URLs over the languages), so that
 * each file, streamed and compressed, answers in well under a second.
 */
export const PAGES_PER_FILE = Math.min(10_000, Math.floor(MAX_URLS_PER_FILE / routing.locales.length));

export type SitemapRecord = "entries" | "articles";

/** One sitemap file: the home pages, or one slice of the entries or articles (by slug, PAGES_PER_FILE records of any status each). */
export type SitemapFile = { kind: "home" } | { kind: SitemapRecord; part: number };

export function sitemapFileName(file: SitemapFile): string {
  return file.kind === "home" ? "home.xml" : `${file.kind}-${file.part}.xml`;
}

/** The file a name stands for, or null for anything else. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  if (name === "home.xml") return { kind: "home" };
  const match = /^(entries|articles)-([1-9]\d{0,6})\.xml$/.exec(name);
  return match ? { kind: match[1] as SitemapRecord, part: Number(match[2]) } : null;
}
