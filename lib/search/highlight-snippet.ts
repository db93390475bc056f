import { foldedWords, foldText } from "./fold-text";

export interface SnippetPart {
  text: string;
  match: boolean;
}

const CONTEXT = 80;

/**
 * A short passage of `text` around the first word that starts with a query word, with every such
 * match marked. Returned as parts, not HTML, so the page renders it without injecting markup.
 */
export function highlightSnippet(text: string, query: string): SnippetPart[] | null {
  const terms = foldedWords(query);
  if (!text || terms.length === 0) return null;
  const folded = foldText(text);
  const matches: [number, number][] = [];
  const word = /[\p{L}\p{N}]+/gu;
  for (let found = word.exec(folded); found; found = word.exec(folded)) {
    const term = terms.find((t) => found!.index >= 0 && found![0].startsWith(t));
    if (term) matches.push([found.index, found.index + term.length]);
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
