import { CONTENT_LOCALES } from "./locales";

export type Translated<T> = T & { locale: string; isFallback: boolean };

/**
 * The translation in the visitor's language, or else the first available in the fallback
 * order, flagged so the page can say the text is in another language (and set `lang`).
 */
export function pickTranslation<T extends { locale: string }>(translations: readonly T[], locale: string): Translated<T> | null {
  const order = [locale, ...CONTENT_LOCALES.filter((l) => l !== locale)];
  for (const candidate of order) {
    const found = translations.find((t) => t.locale === candidate);
    if (found) return { ...found, isFallback: candidate !== locale };
  }
  const first = translations[0];
  return first ? { ...first, isFallback: true } : null;
}
