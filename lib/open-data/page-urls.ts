import { absoluteUrl } from "@/lib/site-url";

/** A record's page on this site, absolute, in one language. */
export const entryPageUrl = (locale: string, slug: string) => absoluteUrl(`/${locale}/entries/${slug}`);
export const articlePageUrl = (locale: string, slug: string) => absoluteUrl(`/${locale}/articles/${slug}`);
