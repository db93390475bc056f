/**
 * Lower case, no diacritics, "ё" as "е": the form both databases index and search, so "Пискарёвское",
 * "пискаревское" and "PISKARЁVSKOE" are one word. One character in, one out, so positions found in
 * the folded text are positions in the original (for highlighting).
 */
export function foldText(text: string): string {
  return text.replace(UNFOLDED, foldChar);
}

/** Every character but those already folded (ASCII other than capitals), one code point at a time. */
const UNFOLDED = /[^\0-@[-\x7f]/gu;

// Normalizing is the costly part and texts use few distinct characters: each is folded once per process.
const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    const lower = char.toLowerCase();
    folded = [...lower.normalize("NFD")][0] ?? lower;
    foldedChars.set(char, folded);
  }
  return folded;
}

/** Words of a search query or a document, folded. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
