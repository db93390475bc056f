import { foldedWords } from "./fold-text";
import { wordSkeleton } from "./skeleton";

/** A query word as folded, and the transliterated skeleton it also matches as. */
export interface SearchTerm {
  word: string;
  skeleton: string;
}

/** The query's words, each with the skeleton it also matches as; empty when nothing searchable was typed. */
export function searchTerms(query: string): SearchTerm[] {
  return foldedWords(query)
    .slice(0, 12)
    .map((word) => ({ word, skeleton: wordSkeleton(word) }));
}

/** SQLite FTS5: every word must match, as a prefix, in the text or, transliterated, in the skeleton. */
export function fts5MatchExpression(terms: SearchTerm[]): string {
  return terms
    .map(({ word, skeleton }) => {
      const text = `"${word.replace(/"/g, '""')}"*`;
      return skeleton ? `(${text} OR skeleton : "${skeleton.replace(/"/g, '""')}"*)` : text;
    })
    .join(" AND ");
}

/** PostgreSQL tsquery text for the same rule; words hold only letters and digits, so they need no quoting. */
export function tsqueryExpression(terms: SearchTerm[]): string {
  return terms.map(({ word, skeleton }) => (skeleton ? `(${word}:* | ${skeleton}:*)` : `${word}:*`)).join(" & ");
}
