import { foldedWords } from "./fold-text";
import { cyrillicToLatin } from "./transliterate";

const isVowel = (char: string | undefined) => char !== undefined && "aeiou".includes(char);

/**
 * One word's spelling-variant-proof Latin key. After transliteration, "y" and "j" next to a vowel
 * are dropped and any other "y" reads as "i", and "kh" as "h": so "Mamayev", "Mamaev" and "Мамаев"
 * are all "mamaev", "Piskaryovskoye" and "Пискарёвское" are "piskarovskoe", "Yevgeny" and "Евгений" "evgeni".
 */
export function wordSkeleton(word: string): string {
  let key = skeletons.get(word);
  if (key === undefined) {
    key = computeWordSkeleton(word);
    // Words repeat across a collection, so rebuilding the search index computes each one once; the cap bounds memory.
    if (skeletons.size >= MAX_REMEMBERED) skeletons.clear();
    skeletons.set(word, key);
  }
  return key;
}

const MAX_REMEMBERED = 100_000;
const skeletons = new Map<string, string>();

function computeWordSkeleton(word: string): string {
  const latin = foldedWords(cyrillicToLatin(word)).join("");
  let key = "";
  for (let i = 0; i < latin.length; i++) {
    const char = latin[i]!;
    if (char === "y" || char === "j") {
      const nextToVowel = isVowel(latin[i - 1]) || isVowel(latin[i + 1]);
      if (nextToVowel) continue;
      key += "i";
      continue;
    }
    key += char;
  }
  return key.replace(/kh/g, "h");
}

/** The skeleton of every word of a text, space-separated. */
export function textSkeleton(text: string): string {
  return foldedWords(text).map(wordSkeleton).filter(Boolean).join(" ");
}
