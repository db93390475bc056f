import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { listPublishedPages } from "@/lib/data/sitemap/list-published-pages";
import { absoluteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

/** Every published page in every language, each listing its other-language versions. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = [{ path: "", updatedAt: undefined as Date | undefined }, ...(await listPublishedPages())];
  return pages.flatMap((page) => {
    const languages = Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(`/${locale}${page.path}`)]));
    return routing.locales.map((locale) => ({
      url: absoluteUrl(`/${locale}${page.path}`),
      lastModified: page.updatedAt,
      alternates: { languages },
    }));
  });
}
