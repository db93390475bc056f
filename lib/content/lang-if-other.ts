/**
 * The `lang` attribute for text in `language` on a page in `pageLocale` (WCAG 2.2 SC 3.1.2): the
 * language when it is known and not the page's, so a screen reader switches voice for it; otherwise
 * none, since the page's own `lang` already says it.
 */
export function langIfOther(language: string | null | undefined, pageLocale: string): string | undefined {
  if (!language) return undefined;
  const primary = (tag: string) => tag.split("-")[0]!.toLowerCase();
  return primary(language) === primary(pageLocale) ? undefined : language;
}
