const CYRILLIC = /[\u0400-\u04FF]/;

/**
 * The content language a text from elsewhere is taken to be in, by its script: Cyrillic is Russian,
 * anything else English (the collection's two languages). Null for an empty text.
 */
export function scriptLocale(text: string): "en" | "ru" | null {
  if (!text) return null;
  return CYRILLIC.test(text) ? "ru" : "en";
}
