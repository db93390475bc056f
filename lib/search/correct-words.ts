import { allowedSlips, editDistanceWithin } from "./edit-distance";

/**
 * The vocabulary word nearest to `skeleton` within the slips its length allows (the most used one
 * among equally near), or null when none is near enough. "rzev" becomes "rzhev", "poklonaa" "poklonnaa".
 */
export function nearestWord(skeleton: string, vocabulary: ReadonlyMap<string, number>): string | null {
  const max = allowedSlips(skeleton);
  if (max === 0 || vocabulary.has(skeleton)) return null;
  let best: { word: string; distance: number; uses: number } | null = null;
  for (const [word, uses] of vocabulary) {
    const distance = editDistanceWithin(skeleton, word, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) best = { word, distance, uses };
  }
  return best?.word ?? null;
}
