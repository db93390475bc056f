import { cyrillicToLatin } from "@/lib/search/transliterate";
import { placeKey } from "./place-key";
import { RUSSIAN_EXONYMS } from "./russian-exonyms";

// Only letters of the Russian alphabet: drops the Ukrainian (і ї є ґ), Belarusian (ў), Serbian and
// Macedonian (ј љ њ ћ ђ џ ѓ ќ ѕ), Kazakh and Tatar (ә ғ қ ң ө ұ ү һ) spellings GeoNames also lists.
const RUSSIAN_LETTERS_ONLY = /^[а-яё]+(?:[ -][а-яё]+)*$/i;

// Spellings in the Russian alphabet that Russian spelling rules out: a hard sign not before е ё ю я
// (Bulgarian, pre-1918), э after a consonant (Belarusian, Romanian), кы гы хы (Turkic languages),
// -ськ -зьк -цьк and -ньск (Ukrainian, Old Russian), Mari's "ош" and Belarusian "-скай" endings.
const NOT_RUSSIAN = /ъ(?![еёюя])|[бвгджзклмнпрстфхцчшщ]э|[кгх]ы|[сзц]ьк|[^л]ьск|\sош$|скай$/i;

/**
 * GeoNames lists alternate names without their language, so this guesses which Cyrillic one is the
 * Russian name: the usual Russian name for a few dozen large places whose name in Russian the rule
 * below gets wrong (RUSSIAN_EXONYMS), else, among the spellings written only in the Russian
 * alphabet and breaking no Russian spelling rule, the one whose transliteration is the place's own
 * name ("Ржев" for Rzhev; the longest if several, as Russian keeps the soft sign: "Керчь", not
 * "Керч"), else the one closest to all the others (most Cyrillic spellings follow the Russian one:
 * "Москва" among "Масква", "Москова", "Мускав"). A guess: it can choose another language's spelling
 * that Russian spelling allows ("Одеса" for Odesa). The collection's own places always give theirs.
 */
export function guessRussianName(
  name: string,
  country: string,
  ownNames: readonly string[],
  alternates: readonly string[],
): string | undefined {
  const known = RUSSIAN_EXONYMS[`${name}|${country}`];
  if (known) return known;
  const cyrillic = [...new Set(alternates.filter((alternate) => RUSSIAN_LETTERS_ONLY.test(alternate)))];
  const plausible = cyrillic.filter((spelling) => !NOT_RUSSIAN.test(spelling));
  const candidates = plausible.length > 0 ? plausible : cyrillic;
  if (candidates.length <= 1) return candidates[0];
  const keys = candidates.map(placeKey);
  const ownLetters = new Set(ownNames.map(letterByLetter));
  const exact = candidates.filter((spelling) => ownLetters.has(letterByLetter(spelling)));
  if (exact.length > 0) return longestFirst(exact)[0];
  const ownKeys = new Set(ownNames.map(placeKey));
  const close = candidates.filter((_, i) => ownKeys.has(keys[i]!));
  if (close.length > 0) return longestFirst(close)[0];
  let best: string[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  for (let i = 0; i < candidates.length; i++) {
    let cost = 0;
    for (let j = 0; j < candidates.length; j++) if (i !== j) cost += editDistance(keys[i]!, keys[j]!);
    if (cost < bestCost) [best, bestCost] = [[candidates[i]!], cost];
    else if (cost === bestCost) best.push(candidates[i]!);
  }
  return longestFirst(best)[0];
}

// Transliterated letter by letter, without the skeleton's merging of y and i: "Almaty" is "Алматы", not "Алмати".
const letterByLetter = (text: string) => cyrillicToLatin(text.normalize("NFD").replace(/\p{M}/gu, "")).replace(/[^a-z]/g, "");

function longestFirst(spellings: string[]): string[] {
  return [...spellings].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
