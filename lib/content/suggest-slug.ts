import { cyrillicToLatin } from "@/lib/search/transliterate";

/** Long enough to tell records apart, short enough for an address people read aloud in class. */
const MAX_SUGGESTED_LENGTH = 80;

/**
 * An address name from a title, in the slug schema's alphabet: Cyrillic transliterated the way the
 * search does ("Пискарёвское мемориальное кладбище" → "piskaryovskoe-memorialnoe-kladbishche"),
 * Latin diacritics dropped, everything else a hyphen. Empty when the title has no letters or digits.
 */
export function suggestSlug(title: string): string {
  const latin = cyrillicToLatin(title).normalize("NFD").replace(/\p{M}/gu, "");
  const slug = latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.length <= MAX_SUGGESTED_LENGTH ? slug : slug.slice(0, MAX_SUGGESTED_LENGTH).replace(/-[^-]*$/, "");
}
