import "server-only";
import { db } from "@/lib/db";

export interface MatchedEntry {
  id: string;
  slug: string;
  externalId: string | null;
  wikidataId: string | null;
}

/**
 * The entries a batch of rows may already be, by each of the three ids a row can carry: its
 * external id, its Wikidata id and its slug. Three indexed queries for the whole batch (the
 * Wikidata id is not indexed; the batch's few hundred ids are matched in one pass).
 */
export async function findImportMatches(ids: { externalIds: string[]; wikidataIds: string[]; slugs: string[] }) {
  const select = { id: true, slug: true, externalId: true, wikidataId: true } as const;
  const [byExternal, byWikidata, bySlug] = await Promise.all([
    ids.externalIds.length ? db.entry.findMany({ where: { externalId: { in: ids.externalIds } }, select }) : [],
    ids.wikidataIds.length ? db.entry.findMany({ where: { wikidataId: { in: ids.wikidataIds } }, select }) : [],
    ids.slugs.length ? db.entry.findMany({ where: { slug: { in: ids.slugs } }, select }) : [],
  ]);
  const wikidata = new Map<string, MatchedEntry[]>();
  for (const entry of byWikidata) wikidata.set(entry.wikidataId!, [...(wikidata.get(entry.wikidataId!) ?? []), entry]);
  return {
    byExternalId: new Map<string, MatchedEntry>(byExternal.map((entry) => [entry.externalId!, entry])),
    /** Only a Wikidata id that one entry has identifies it. */
    byWikidataId: new Map<string, MatchedEntry>(
      [...wikidata].flatMap(([id, entries]) => (entries.length === 1 ? [[id, entries[0]!]] : [])),
    ),
    bySlug: new Map<string, MatchedEntry>(bySlug.map((entry) => [entry.slug, entry])),
  };
}
