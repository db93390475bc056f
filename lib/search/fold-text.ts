/**
 * Lower case, no diacritics, "ё" as "е": the form both databases index and search, so "Пискарёвское",
 * "пискаревское" and "PISKARЁVSKOE" are one word. One character in, one out, so positions found in
 * the folded text are positions in the original (for highlighting).
 */
export function foldText(text: string): string {
  let folded = "";
  for (const char of text) {
    const lower = char.toLowerCase();
    folded += [...lower.normalize("NFD")][0] ?? lower;
  }
  return folded;
}

/** Words of a search query or a document, folded. */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
