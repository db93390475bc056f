import { createArticle } from "@/lib/data/articles/create-article";
import { entryColumns, translationColumns } from "@/lib/data/entries/entry-columns";
import { resolveSourceIds } from "@/lib/data/sources/resolve-source-ids";
import { upsertSource } from "@/lib/data/sources/upsert-source";
import { databaseKind, db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { entryInputSchema } from "@/lib/validation/entry";
import { relationInputSchema } from "@/lib/validation/relation";
import {
  generateCollection,
  type PlacedEntry,
  planArticles,
  planRelations,
  SYNTHETIC_SOURCE,
  SYNTHETIC_SOURCE_KEY,
} from "./generate-collection";
import { insertRows } from "./insert-rows";

/**
 * Loads a synthetic collection into the database named by DATABASE_URL (bound by lib/db on first
 * import). Entries go in batches: each entry is validated with entryInputSchema and its date
 * columns computed with toStoredColumns exactly as createEntry does, then the batch is written
 * in one transaction: with createMany on SQLite, with one raw multi-row INSERT per table on
 * PostgreSQL (see insert-rows.ts), the same column values either way. Calling createEntry per entry
 * costs one interactive transaction and several queries each, too slow for 100k on a small machine.
 */

const BATCH = 1000;
const TX_OPTIONS = { timeout: 120_000, maxWait: 10_000 };

export interface LoadOptions {
  count: number;
  seed: number;
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

export async function loadCollection({ count, seed, onProgress = console.log }: LoadOptions): Promise<LoadResult> {
  const started = performance.now();
  await upsertSource(SYNTHETIC_SOURCE);
  const sourceIds = await resolveSourceIds(db, [SYNTHETIC_SOURCE_KEY]);

  const placed: PlacedEntry[] = [];
  const idOfSlug = new Map<string, string>();
  let entries: Prisma.EntryCreateManyInput[] = [];
  let translations: Prisma.EntryTranslationCreateManyInput[] = [];
  let citations: Prisma.CitationCreateManyInput[] = [];
  let loaded = 0;
  const publishedAt = new Date();
  const raw = databaseKind() === "postgresql";

  const flush = async () => {
    if (entries.length === 0) return;
    const [e, t, c] = [entries, translations, citations];
    entries = [];
    translations = [];
    citations = [];
    await db.$transaction(async (tx) => {
      if (raw) {
        await insertRows(
          tx,
          "Entry",
          e.map((row) => ({ ...row, createdAt: publishedAt, updatedAt: publishedAt })),
        );
        await insertRows(tx, "EntryTranslation", t);
        await insertRows(tx, "Citation", c);
        return;
      }
      await tx.entry.createMany({ data: e });
      await tx.entryTranslation.createMany({ data: t });
      await tx.citation.createMany({ data: c });
    }, TX_OPTIONS);
    loaded += e.length;
    if (loaded % 10_000 === 0 || loaded === count) {
      onProgress(`entries ${loaded}/${count} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
  };

  let index = 0;
  for (const input of generateCollection({ count, seed })) {
    index++;
    const entry = entryInputSchema.parse(input);
    const id = entryId(seed, index);
    idOfSlug.set(entry.slug, id);
    placed.push({ slug: entry.slug, kind: entry.kind, latitude: entry.latitude, longitude: entry.longitude });
    entries.push({ id, ...entryColumns(entry, publishedAt) });
    for (const translation of translationColumns(entry))
      translations.push({ id: `${id}t${translation.locale}`, entryId: id, ...translation });
    entry.citations.forEach((c, n) => {
      const sourceId = sourceIds.get(c.sourceKey);
      if (!sourceId) throw new Error(`Unknown source ${c.sourceKey}`);
      citations.push({ id: `${id}c${n}`, entryId: id, sourceId, field: c.field, note: c.note });
    });
    if (entries.length >= BATCH) await flush();
  }
  await flush();

  const relationInputs = planRelations(placed, seed);
  for (let i = 0; i < relationInputs.length; i += BATCH) {
    const data = relationInputs.slice(i, i + BATCH).map((input) => {
      const r = relationInputSchema.parse(input);
      return {
        fromId: idOfSlug.get(r.fromSlug)!,
        toId: idOfSlug.get(r.toSlug)!,
        type: r.type,
        note: r.note,
        sourceId: r.sourceKey ? sourceIds.get(r.sourceKey)! : null,
      };
    });
    await db.$transaction(async (tx) => {
      await tx.entryRelation.createMany({ data });
    }, TX_OPTIONS);
  }
  onProgress(`relations ${relationInputs.length} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  // Few articles: the normal data layer, one at a time.
  const articles = planArticles(
    placed.map((p) => p.slug),
    seed,
  );
  for (const article of articles) await createArticle(article);
  onProgress(`articles ${articles.length}`);

  return { entries: loaded, relations: relationInputs.length, articles: articles.length, milliseconds: performance.now() - started };
}
