import type { ContentLocale } from "@/lib/content/locales";

/** What a staff page calls an entry or article: its title in the page's language, else English, else Russian, else its slug. */
export function recordTitle(
  snapshot: { slug: string; translations: Partial<Record<ContentLocale, { title: string }>> },
  locale: string,
): string {
  const { translations } = snapshot;
  return translations[locale as ContentLocale]?.title ?? translations.en?.title ?? translations.ru?.title ?? snapshot.slug;
}
