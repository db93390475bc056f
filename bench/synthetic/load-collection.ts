import { createArticle } from "@/lib/data/articles/create-article";
import { createEntries } from "@/lib/data/entries/create-entries";
import { type NewEntry, newEntryFromInput } from "@/lib/data/entries/new-entry";
import { upsertSource } from "@/lib/data/sources/upsert-source";
import type { RelationInput } from "@/lib/validation/relation";
import { generateCollection, type PlacedEntry, planArticles, planRelations, SYNTHETIC_SOURCE } from "./generate-collection";

/**
 * Loads a synthetic collection into the database named by DATABASE_URL (bound by lib/db on first
 * import) through the write path every entry takes (createEntries, in batches of BATCH): checked
 * by the editor's schema, with translations, citations, links, search documents and a first
 * revision each, so a server started on it has nothing left to index.
 */

const BATCH = 1000;

export interface LoadOptions {
  count: number;
  seed: number;
  /** Entries per transaction. */
  batchSize?: number;
  onProgress?: (message: string) => void;
}

export interface LoadResult {
  entries: number;
  relations: number;
  articles: number;
  milliseconds: number;
}

/** Deterministic ids so the same seed gives the same database (apart from timestamps). */
function entryId(seed: number, index: number): string {
  return `syn${seed.toString(36)}e${index.toString(36).padStart(5, "0")}`;
}

/**
 * The planner links each memorial to earlier ones, so every link can be given by the entry it is
 * made from, whose target is then already written. Planning needs the whole collection's places
 * first: the generator is deterministic, so it is run once to plan and once to load.
 */
function* entriesWithLinks(count: number, seed: number, linksFrom: Map<string, RelationInput[]>): Generator<NewEntry> {
  let index = 0;
  for (const input of generateCollection({ count, seed })) {
    index++;
    yield { ...newEntryFromInput(input, linksFrom.get(input.slug)), id: entryId(seed, index) };
  }
}

export async function loadCollection({ count, seed, batchSize = BATCH, onProgress = console.log }: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  await upsertSource(SYNTHETIC_SOURCE);

  const placed: PlacedEntry[] = [];
  for (const { slug, kind, latitude, longitude } of generateCollection({ count, seed })) {
    placed.push({ slug, kind, latitude: latitude ?? null, longitude: longitude ?? null });
  }
  const relations = planRelations(placed, seed);
  const linksFrom = new Map<string, RelationInput[]>();
  for (const relation of relations) {
    if (!linksFrom.has(relation.fromSlug)) linksFrom.set(relation.fromSlug, []);
    linksFrom.get(relation.fromSlug)!.push(relation);
  }

  const created = await createEntries(entriesWithLinks(count, seed, linksFrom), {
    actor: null,
    batchSize,
    onBatch: (done) => {
      if (done % 10_000 === 0 || done === count) onProgress(`entries ${done}/${count}, with their links (${seconds()} s)`);
    },
  });

  // Few articles: one at a time, as the editor makes them.
  const articles = planArticles(
    placed.map((p) => p.slug),
    seed,
  );
  for (const article of articles) await createArticle(article);
  onProgress(`articles ${articles.length}`);

  return { entries: created.length, relations: relations.length, articles: articles.length, milliseconds: performance.now() - started };
}
