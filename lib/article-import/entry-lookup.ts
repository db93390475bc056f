import { findNamedEntryIds } from "@/lib/data/article-import/find-named-entry-ids";
import type { NamedEntry } from "@/lib/data/article-import/named-entry";
import { readNamedEntries } from "@/lib/data/article-import/read-named-entries";

/** Finds the entries a text's name queries may be naming. */
export type EntryLookup = (queries: readonly string[]) => Promise<NamedEntry[]>;

/**
 * Full-text queries one page may send, at most: a long page's names, never one query per word of a
 * huge paste. Items past the budget are matched against the entries already found.
 */
export const MAX_PAGE_QUERIES = 1500;

/** A lookup for one page: a query asked by several items is sent once, an entry read once. */
export function pageEntryLookup(budget = MAX_PAGE_QUERIES): EntryLookup {
  const idsByQuery = new Map<string, string[]>();
  const entries = new Map<string, NamedEntry>();
  let left = budget;
  return async (queries) => {
    const fresh = [...new Set(queries)].filter((query) => !idsByQuery.has(query)).slice(0, left);
    left -= fresh.length;
    for (const [query, ids] of await findNamedEntryIds(fresh)) idsByQuery.set(query, ids);
    const wanted = new Set(queries.flatMap((query) => idsByQuery.get(query) ?? []));
    for (const entry of await readNamedEntries([...wanted].filter((id) => !entries.has(id)))) entries.set(entry.id, entry);
    return [...wanted].flatMap((id) => entries.get(id) ?? []).sort((a, b) => (a.slug < b.slug ? -1 : 1));
  };
}
