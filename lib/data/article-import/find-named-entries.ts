import { findSearchHits } from "../search/find-search-hits";
import type { NamedEntry } from "./named-entry";
import { readNamedEntries } from "./read-named-entries";

/** Entries each query may be naming, read at most this many per query: the best-ranked by the full-text index. */
const PER_QUERY = 8;

/**
 * The entries (any status: curators link drafts too) that the full-text index finds for any of these
 * queries, each query a few word stems that must all begin words of the entry's names or text
 * ("mamaev kurgan", "пискаревск"). Only the few best per query are read, so the collection's size
 * never decides how much is loaded.
 */
export async function findNamedEntries(queries: readonly string[]): Promise<NamedEntry[]> {
  const ids = new Set<string>();
  for (const query of new Set(queries)) {
    const hits = await findSearchHits("entry", query, PER_QUERY, { publishedOnly: false, correctTypos: false });
    for (const hit of hits) ids.add(hit.id);
  }
  return readNamedEntries([...ids]);
}
