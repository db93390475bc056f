/** The sitemap protocol's XML (sitemaps.org), with hreflang alternates (xhtml:link) for every language. */

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
export const URLSET_CLOSE = "</urlset>\n";

export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function urlsetOpen(): string {
  return URLSET_OPEN;
}

/** One page in every language: a <url> per language, each naming all of them as alternates. */
export function pageUrls(page: { path: string; updatedAt?: Date }, locales: readonly string[], absolute: (path: string) => string): string {
  const alternates = locales
    .map((locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${xmlEscape(absolute(`/${locale}${page.path}`))}"/>`)
    .join("");
  const lastmod = page.updatedAt ? `<lastmod>${page.updatedAt.toISOString()}</lastmod>` : "";
  return locales
    .map((locale) => `<url><loc>${xmlEscape(absolute(`/${locale}${page.path}`))}</loc>${lastmod}${alternates}</url>\n`)
    .join("");
}

/** A sitemap index: the addresses of the sitemap files. */
export function sitemapIndex(locations: string[]): string {
  const entries = locations.map((loc) => `<sitemap><loc>${xmlEscape(loc)}</loc></sitemap>\n`).join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</sitemapindex>\n`;
}
