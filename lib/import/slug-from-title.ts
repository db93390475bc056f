import { foldedWords } from "@/lib/search/fold-text";
import { cyrillicToLatin } from "@/lib/search/transliterate";

/** An address for a row that gives none: its title in Latin letters ("Ржевский мемориал" → "rzhevskii-memorial"). */
export function slugFromTitle(title: string): string {
  const words = foldedWords(cyrillicToLatin(title))
    .map((word) => word.replace(/[^a-z0-9]/g, ""))
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    if (slug.length + word.length + 1 > 80) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug.length >= 2 ? slug : `entry-${slug || "x"}`;
}
