import { tourHandoutView } from "@/lib/handout/handout-params";
import { tourPagePath } from "@/lib/handout/tour-page-path";
import { absoluteUrl } from "@/lib/site-url";

/** A record's page on this site, absolute, in one language. */
export const entryPageUrl = (locale: string, slug: string) => absoluteUrl(`/${locale}/entries/${slug}`);
export const articlePageUrl = (locale: string, slug: string) => absoluteUrl(`/${locale}/articles/${slug}`);
/** A published tour's page: no share token, it is everyone's. */
export const tourPageUrl = (locale: string, slug: string) => absoluteUrl(tourPagePath(locale, slug, undefined));
export const tourPresentUrl = (locale: string, slug: string) => absoluteUrl(`${tourPagePath(locale, slug, undefined)}/present`);
export const tourHandoutUrl = (locale: string, slug: string) =>
  absoluteUrl(`/${locale}/handout?${tourHandoutView({ slug, token: undefined })}`);
/** The one-tour resource of the public API, in the same language. */
export const tourApiUrl = (locale: string, slug: string) => absoluteUrl(`/api/v1/tours/${slug}?${new URLSearchParams({ locale })}`);
