import { foldText } from "./fold-text";
import { searchTerms } from "./search-query";
import { wordSkeleton } from "./skeleton";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const CONTEXT = 80;

/** How much of `word` (folded) a query term matches: its start as typed, or the whole word as spelt another way. */
function matchedLength(word: string, terms: { word: string; skeleton: string }[]): number {
  for (const term of terms) if (word.startsWith(term.word)) return term.word.length;
  // The search matched it through the transliterated skeleton ("mamaev" in "Мамаев", "Poklonaya" in "Poklonnaya").
  if (terms.some((term) => term.skeleton && wordSkeleton(word).startsWith(term.skeleton))) return word.length;
  return 0;
}

/**
 * A short passage of `text` around the first word the query matches (by its start, or as another
 * spelling of it), with every such match marked. Returned as parts, not HTML, so the page renders
 * it without injecting markup.
 */
export function highlightSnippet(text: string, query: string): SnippetPart[] | null {
  const terms = searchTerms(query);
  if (!text || terms.length === 0) return null;
  const folded = foldText(text);
  const matches: [number, number][] = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (let found = word.exec(folded); found; found = word.exec(folded)) {
    const length = matchedLength(found[0], terms);
    if (length > 0) matches.push([found.index, found.index + length]);
  }
  if (matches.length === 0) return null;
  const start = Math.max(0, matches[0]![0] - CONTEXT);
  const end = Math.min(text.length, matches[0]![1] + CONTEXT * 2);
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const [from, to] of matches) {
    if (from < cursor || to > end) continue;
    if (from > cursor) parts.push({ text: text.slice(cursor, from), match: false });
    parts.push({ text: text.slice(from, to), match: true });
    cursor = to;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  if (start > 0) parts.unshift({ text: "…", match: false });
  if (end < text.length) parts.push({ text: "…", match: false });
  return parts;
}
