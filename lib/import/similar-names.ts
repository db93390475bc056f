/**
 * Whether two names, each as its words' transliterated skeletons, look like names of the same thing:
 * what flags an imported row as a possible duplicate of an entry nearby (lib/data/imports/find-possible-duplicates.ts).
 */

/** Within this distance two things are at the same point: a name that holds every word of the other is enough. */
export const SAME_POINT_KM = 0.25;

const isNumber = (word: string) => /^\d+$/.test(word);

/**
 * The same word, or the same word with another ending: Russian inflects ("Ржевский", "Ржевская"; "солдату",
 * "солдат") and names take suffixes ("Treptow", "Treptower"). Only words of five letters or more, sharing all
 * but their last three at least, so short words and different words with a common start stay apart.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5 && common >= Math.max(a.length, b.length) - 3;
}

/** How many of `a`'s words are in `b` (as sameWord sees them). */
function wordsIn(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let found = 0;
  for (const word of a) if ([...b].some((other) => sameWord(word, other))) found++;
  return found;
}

/**
 * Most words in common ("Soldier and Sailor" and "Soldier and Sailor memorial"), not just one of several;
 * at the same point, every word of a name of two words or more in the other ("Rzhev Memorial to the Soviet
 * Soldier" within a longer register title); and never different numbers where both have any ("Mass grave
 * No. 12" is not "No. 13").
 */
export function namesLookAlike(a: ReadonlySet<string>, b: ReadonlySet<string>, distanceKm: number): boolean {
  const numbersA = [...a].filter(isNumber).sort().join(" ");
  const numbersB = [...b].filter(isNumber).sort().join(" ");
  if (numbersA && numbersB && numbersA !== numbersB) return false;
  const common = wordsIn(a, b);
  if (common / (a.size + b.size - common) >= 0.6) return true;
  if (distanceKm > SAME_POINT_KM) return false;
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  return shorter.size >= 2 && wordsIn(shorter, longer) === shorter.size;
}
