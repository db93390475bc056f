import { foldText } from "@/lib/search/fold-text";
import { wordSkeleton } from "@/lib/search/skeleton";

/** A word of a text, where it stands, and the key it is compared by. */
export interface WordToken {
  word: string;
  start: number;
  end: number;
  /** The word's stem, transliterated to the search skeleton: "Мамаева", "Mamayev" and "Мамаевом" are all "mamaev". */
  key: string;
  /** A function word that names never turn on ("the", "of", "в", "на"). */
  stop: boolean;
  capitalised: boolean;
}

const STOP_WORDS = new Set(
  (
    "a an the of to and or in on at by for with from as into onto upon near under over about after before during since until " +
    "is are was were be been being has have had will would this that these those its it his her their our all other such " +
    "и или в во на над под по к ко с со у о об от до из за для при про без через а но же ли не ни что как это тот та те то"
  ).split(" "),
);

// Russian case and number endings, longest first. "-ов"/"-ев" are left alone: they end surnames and
// place names in the nominative ("Мамаев"), and stripping them would part "Мамаев" from "Мамаева".
const RUSSIAN_ENDINGS = [
  "иями",
  "ями",
  "ами",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ией",
  "ия",
  "ий",
  "ию",
  "ии",
  "ую",
  "юю",
  "ая",
  "яя",
  "ое",
  "ее",
  "ой",
  "ей",
  "ый",
  "ые",
  "ие",
  "ых",
  "их",
  "ым",
  "им",
  "ом",
  "ем",
  "ам",
  "ям",
  "ах",
  "ях",
  "ью",
  "а",
  "я",
  "о",
  "е",
  "у",
  "ю",
  "ы",
  "и",
  "ь",
  "й",
];
const MIN_STEM = 3;
const CYRILLIC = /[\u0400-\u04ff]/;

/** A word without its Russian case ending or English possessive, folded. */
export function wordStem(word: string): string {
  // Endings come off before folding, which would turn "й" into "и" ("Прохоровкой" must lose "-ой").
  const lower = word.toLowerCase().replace(/['’ʼ]s$/, "");
  if (!CYRILLIC.test(lower)) return foldText(lower);
  for (const ending of RUSSIAN_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) return foldText(lower.slice(0, -ending.length));
  }
  return foldText(lower);
}

const keys = new Map<string, string>();

/** The key two spellings or forms of one word share (see WordToken.key). */
export function wordKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    key = wordSkeleton(wordStem(word));
    if (keys.size < 100_000) keys.set(word, key);
  }
  return key;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldText(word));
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)?/gu;

/** The words of a text, in order, with their keys. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    tokens.push({
      word,
      start: m.index,
      end: m.index + word.length,
      key: wordKey(word),
      stop: isStopWord(word),
      capitalised: /^\p{Lu}/u.test(word),
    });
  }
  return tokens;
}

/**
 * Whether two word keys name the same word in a multi-word name: the same key, or one the other's
 * beginning with little left over ("council" and "councils", "poklonn" and "poklonnaa",
 * "piskarev" and "piskarevsk"), where a short word must match exactly.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 4;
}
