import { wordSkeleton } from "@/lib/search/skeleton";

// Latin letters that Unicode does not decompose into a base letter and a mark, so folding keeps
// them: without this "Łódź" would never match "Lodz".
const UNDECOMPOSED: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", ß: "ss", æ: "ae", œ: "oe", ı: "i", ħ: "h" };
const UNDECOMPOSED_LETTERS = new RegExp(`[${Object.keys(UNDECOMPOSED).join("")}]`, "g");

// Apostrophes and soft-sign marks inside a name ("L'viv", "Sevastopol'", "Kyivʼ") join, not split.
const JOINERS = /['’ʼʹ`´]/g;
const MARKS = /\p{M}/gu;

// German writes ö and ü as "oe" and "ue" without the letters ("Koenigsberg", "Muenchen"): read so, the
// three spellings of one name meet ("Königsberg", "Konigsberg"). Only between consonants, where German
// writes them: a name's end ("Noe") keeps its letters.
const GERMAN_UMLAUT_SPELLING = /([^aeiou])([ou])e(?=[^aeiou])/g;

// Shortened words in place names, read as the words they stand for in names and queries alike, so
// "St Petersburg" matches "Saint Petersburg" as a whole name (and population ranks the two cities).
const SHORTENED: Record<string, string> = { st: "saint", ste: "sainte", mt: "mount", ft: "fort" };

// Words repeat across 135,000 places ("novo", "san", "selo"): each word's skeleton is worked out once.
const skeletons = new Map<string, string>();

/**
 * The words of a place name as one spelling-variant-proof key: folded like search folds text (case,
 * diacritics, ё as е), Cyrillic transliterated and reduced to the search skeleton (lib/search), so
 * "Севастополь", "Sevastopol'" and "SEVASTOPOL" are all "sevastopol" and "Ростов-на-Дону" is
 * "rostov na donu"; "St." is "saint" (SHORTENED); "Königsberg" and "Koenigsberg" are "konigsberg". Folds the whole string at once (not letter by letter as foldText does, which
 * keeps positions for highlighting) because the gazetteer keys half a million names on load.
 */
export function placeKey(text: string): string {
  const folded = text
    .toLowerCase()
    .replace(JOINERS, "")
    .normalize("NFD")
    .replace(MARKS, "")
    .replace(UNDECOMPOSED_LETTERS, (letter) => UNDECOMPOSED[letter]!);
  let key = "";
  for (let word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    word = SHORTENED[word] ?? word;
    let skeleton = skeletons.get(word);
    if (skeleton === undefined) {
      skeleton = wordSkeleton(word).replace(GERMAN_UMLAUT_SPELLING, "$1$2");
      if (skeletons.size < 500_000) skeletons.set(word, skeleton);
    }
    if (skeleton) key = key ? `${key} ${skeleton}` : skeleton;
  }
  return key;
}
