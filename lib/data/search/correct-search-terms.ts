import { nearestWord } from "@/lib/search/correct-words";
import { type SearchTerm, searchTerms } from "@/lib/search/search-query";
import { searchVocabulary } from "./search-vocabulary";

/**
 * The query's words with each misspelt one replaced by the nearest word the collection's names use
 * ("Rzev" → "rzhev", "Poklonaya" → "poklonnaa"), or null when no word could be corrected.
 */
export async function correctSearchTerms(terms: SearchTerm[]): Promise<SearchTerm[] | null> {
  if (terms.length === 0) return null;
  const vocabulary = await searchVocabulary();
  let corrected = false;
  const result = terms.map((term) => {
    const nearest = term.skeleton ? nearestWord(term.skeleton, vocabulary) : null;
    if (!nearest) return term;
    corrected = true;
    return { word: nearest, skeleton: nearest };
  });
  return corrected ? result : null;
}

/** The query as corrected, for highlighting what a typo-tolerant search matched; null when nothing needed correcting. */
export async function correctedQuery(query: string): Promise<string | null> {
  const corrected = await correctSearchTerms(searchTerms(query));
  return corrected ? corrected.map((term) => term.word).join(" ") : null;
}
