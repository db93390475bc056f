import { findSearchHits } from "../search/find-search-hits";

/** Entries each query may be naming, at most this many per query: the best-ranked by the full-text index. */
const PER_QUERY = 8;

/**
 * For each query (a few word stems that must all begin words of an entry's names or text, such as
 * "mamaev kurgan" or "пискаревск"), the ids of the entries of any status (curators link drafts too)
 * the full-text index ranks best for it. Only a few per query are read, so the collection's size
 * never decides how much is loaded.
 */
export async function findNamedEntryIds(queries: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const query of new Set(queries)) {
    const hits = await findSearchHits("entry", query, PER_QUERY, { publishedOnly: false, correctTypos: false });
    found.set(
      query,
      hits.map((hit) => hit.id),
    );
  }
  return found;
}
