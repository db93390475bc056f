import { randomUUID } from "node:crypto";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { noteColumns } from "@/lib/content/localized-note";
import { type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { readEntrySnapshots } from "@/lib/data/revisions/read-entry-snapshots";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { entrySearchDocuments } from "@/lib/search/search-documents";
import { type EntryEdit, entryEditSchema } from "@/lib/validation/entry-edit";
import { insertRows } from "../insert-rows";
import { recordPartnerRevisions } from "../publishing/record-partner-revisions";
import { newSourceKey } from "../sources/sync-entry-citations";
import type { Transaction } from "../transaction";
import { ENTRY } from "./entry-record";
import type { NewEntry } from "./new-entry";
import { refreshRevisionSnapshots } from "./refresh-revision-snapshots";
import { entryRowColumns, entryTranslationRows, wantedRelations } from "./write-entry-fields";

export interface CreateEntriesOptions {
  /** Who creates them: audited when someone is named; the seed and bulk loaders name no one. */
  actor: StaffUser | null;
  /** Entries per transaction. */
  batchSize?: number;
  /** Told after each batch is committed, with how many entries are in so far. */
  onBatch?: (created: number) => void;
  /** A second audit line for each entry, in the same transaction, saying what its creation stands for ("undelete"). */
  alsoAudit?: { action: string; detail: Record<string, unknown> };
  /**
   * The caller's transaction, for a write that must stand or fall with other records (an article
   * import): every batch is written inside it instead of in a transaction of its own.
   */
  tx?: Transaction;
  /** The import job writing them: each new entry names it (Entry.importJobId), so the job finds its own. */
  importJobId?: string | null;
}

const DEFAULT_BATCH = 1000;
// A batch of a thousand entries with their texts, links, search documents and revisions takes
// seconds on a busy machine; an interactive transaction's default limit is five.
const TX_OPTIONS = { timeout: 300_000, maxWait: 30_000 };

/** What one call has written so far: later batches may link to these, and their revisions follow. */
interface Load {
  idOfSlug: Map<string, string>;
  ids: Set<string>;
  created: { id: string; slug: string }[];
}

interface Item {
  id: string;
  status: NonNullable<NewEntry["status"]>;
  edit: EntryEdit;
  externalId: string | null;
  tags: readonly string[];
}

/**
 * The one way entries are created: the editor and the API (through createEntryDraft, a batch of
 * one), the seed, the synthetic bulk loader and importers alike. Each entry is checked by the
 * editor's own schema (entryEditSchema) and written with its translations, citations (new sources
 * made as the editor makes them), links, themes (existing tags, by slug), search documents
 * (lib/search/search-documents.ts) and first revision, and an audit line when there is an actor.
 * An importer's entry also keeps the external id of the row it came from (unique where set) and
 * the import job that made it.
 *
 * The batch form: entries go in batches of `batchSize`, one transaction per batch, each table
 * written with a few multi-row INSERTs, so a hundred thousand entries load in minutes and leave
 * nothing to index at start-up. What a batch guarantees:
 * - it is all or nothing: any refusal (a slug taken, in the database or earlier in the same call; a
 *   link to an entry that does not exist; an unknown source or theme) rolls the batch back and is thrown
 *   with the field it names, exactly as the editor would be told; earlier batches stay;
 * - a link's target may be in the same batch, an earlier batch of the same call, or the database;
 *   a symmetric link (comparable, related) given from both ends is stored once;
 * - each new entry's first revision (version 1, "create") shows it with every link the call gives
 *   it, including symmetric links made by later entries of the same call (their revisions are
 *   brought up to date as those entries are written);
 * - an entry that existed before the call and gains a symmetric link moves to a new version with
 *   a revision and an audit line, as when an editor links to it.
 */
export async function createEntries(inputs: Iterable<NewEntry>, options: CreateEntriesOptions): Promise<{ id: string; slug: string }[]> {
  const load: Load = { idOfSlug: new Map(), ids: new Set(), created: [] };
  const size = options.batchSize ?? DEFAULT_BATCH;
  let batch: NewEntry[] = [];
  for (const input of inputs) {
    batch.push(input);
    if (batch.length < size) continue;
    await writeBatch(batch, load, options);
    batch = [];
    options.onBatch?.(load.created.length);
  }
  if (batch.length > 0) {
    await writeBatch(batch, load, options);
    options.onBatch?.(load.created.length);
  }
  return load.created;
}

function checked(input: NewEntry, actor: StaffUser | null): Item {
  const parsed = entryEditSchema.safeParse(input.entry);
  if (!parsed.success) throw invalidRequest(parsed.error, "body");
  const status = input.status ?? "draft";
  if (actor && status !== "draft" && !can(actor.role, "entries.publish")) throw new AppError("FORBIDDEN", "Only curators may publish.");
  return { id: input.id ?? randomUUID(), status, edit: parsed.data, externalId: input.externalId ?? null, tags: input.tags ?? [] };
}

async function writeBatch(
  batch: NewEntry[],
  load: Load,
  { actor, alsoAudit, tx: within, importJobId }: CreateEntriesOptions,
): Promise<void> {
  const items = batch.map((input) => checked(input, actor));
  const now = new Date();
  const write = async (tx: Transaction) => {
    const idOf = await resolveEntries(tx, items, load);
    const sourceIdOf = await resolveSources(tx, items);
    const tagIdOf = await resolveTags(tx, items);
    const rows = rowsOf(items, idOf, sourceIdOf, now, importJobId ?? null);

    await insertRows(tx, "Entry", rows.entries);
    await insertRows(tx, "EntryTranslation", rows.translations);
    await insertRows(tx, "Source", rows.sources);
    await insertRows(tx, "Citation", rows.citations);
    await insertRows(tx, "EntryRelation", rows.relations);
    await insertRows(
      tx,
      "EntryTag",
      items.flatMap((item) => [...new Set(item.tags)].map((tag) => ({ entryId: item.id, tagId: tagIdOf.get(tag)! }))),
    );
    await insertRows(
      tx,
      "SearchDocument",
      items.flatMap((item) =>
        entrySearchDocuments(item.id, rows.translationsOf.get(item.id) ?? []).map((d) => ({ id: randomUUID(), articleId: null, ...d })),
      ),
    );

    const snapshots = await readEntrySnapshots(
      tx,
      items.map((item) => item.id),
    );
    await insertRows(
      tx,
      "Revision",
      items.map((item) => ({
        id: randomUUID(),
        entryId: item.id,
        version: 1,
        action: "create",
        snapshot: JSON.stringify(snapshots.get(item.id)!.snapshot),
        authorId: actor?.id ?? null,
        authorEmail: actor?.email ?? null,
        createdAt: now,
      })),
    );

    // The other ends of new symmetric links: made earlier in this call (their first revision is
    // brought up to date), or there before it (a new version, as when an editor links to them).
    const partners = [...rows.partners.values()].flatMap((ids) => [...ids]);
    await refreshRevisionSnapshots(tx, [...new Set(partners.filter((id) => load.ids.has(id)))]);
    for (const item of items) {
      const existing = [...(rows.partners.get(item.id) ?? [])].filter((id) => !load.ids.has(id));
      await recordPartnerRevisions(tx, ENTRY, { partners: existing, actor, linkedFrom: item.edit.slug });
    }
    if (actor) {
      const line = (item: Item, action: string, detail: Record<string, unknown>) => ({
        actorId: actor.id,
        actorEmail: actor.email,
        action: `entry.${action}`,
        targetType: "entry",
        targetId: item.id,
        detail: JSON.stringify(detail),
      });
      await tx.auditEvent.createMany({
        data: items.flatMap((item) => [
          line(item, "create", { slug: item.edit.slug }),
          ...(alsoAudit ? [line(item, alsoAudit.action, { ...alsoAudit.detail, slug: item.edit.slug })] : []),
        ]),
      });
    }
  };
  if (within) await write(within);
  else await db.$transaction(write, TX_OPTIONS);
  for (const item of items) {
    load.idOfSlug.set(item.edit.slug, item.id);
    load.ids.add(item.id);
    load.created.push({ id: item.id, slug: item.edit.slug });
  }
}

/**
 * The ids of every entry the batch names: its own, those of earlier batches, those already in the
 * database. Refuses a slug already taken and a link to an entry that is nowhere, naming the field.
 */
async function resolveEntries(tx: Transaction, items: Item[], load: Load): Promise<Map<string, string>> {
  const idOf = new Map(load.idOfSlug);
  const named = new Set(items.flatMap((item) => [item.edit.slug, ...wantedRelations(item.edit).map((r) => r.target)]));
  const stored = await tx.entry.findMany({
    where: { slug: { in: [...named].filter((slug) => !idOf.has(slug)) } },
    select: { id: true, slug: true },
  });
  const taken = new Set([...load.idOfSlug.keys(), ...stored.map((row) => row.slug)]);
  for (const row of stored) idOf.set(row.slug, row.id);
  for (const item of items) {
    if (taken.has(item.edit.slug))
      throw new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: item.edit.slug } }, { field: "slug" });
    taken.add(item.edit.slug);
    idOf.set(item.edit.slug, item.id);
  }
  for (const item of items) {
    for (const r of wantedRelations(item.edit)) {
      if (idOf.has(r.target)) continue;
      throw new AppError(
        "NOT_FOUND",
        { key: "noEntry", params: { slug: r.target } },
        {
          field: r.field.endsWith("comparableTo") ? r.field : `${r.field}.target`,
        },
      );
    }
  }
  return idOf;
}

/** The ids of the sources the batch cites or names on links, by key; refuses one that does not exist. */
async function resolveSources(tx: Transaction, items: Item[]): Promise<Map<string, string>> {
  const keys = new Set(
    items.flatMap((item) => [
      ...wantedRelations(item.edit).flatMap((r) => (r.source ? [r.source] : [])),
      ...(item.edit.citations ?? []).flatMap((c) => (c.source && !c.newSource ? [c.source] : [])),
    ]),
  );
  const rows = await tx.source.findMany({ where: { key: { in: [...keys] } }, select: { id: true, key: true } });
  const sourceIdOf = new Map(rows.map((row) => [row.key, row.id]));
  for (const item of items) {
    for (const r of wantedRelations(item.edit)) {
      if (r.source && !sourceIdOf.has(r.source))
        throw new AppError("NOT_FOUND", { key: "noSource", params: { source: r.source } }, { field: `${r.field}.source` });
    }
    (item.edit.citations ?? []).forEach((c, index) => {
      if (!c.newSource && !sourceIdOf.has(c.source ?? ""))
        throw new AppError("NOT_FOUND", { key: "noSource", params: { source: c.source ?? "" } }, { field: `citations.${index}.source` });
    });
  }
  return sourceIdOf;
}

/** The ids of the themes the batch names, by slug; refuses one that does not exist. */
async function resolveTags(tx: Transaction, items: Item[]): Promise<Map<string, string>> {
  const slugs = [...new Set(items.flatMap((item) => item.tags))];
  if (slugs.length === 0) return new Map();
  const rows = await tx.tag.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const tagIdOf = new Map(rows.map((row) => [row.slug, row.id]));
  const missing = slugs.find((slug) => !tagIdOf.has(slug));
  if (missing !== undefined) throw new AppError("NOT_FOUND", `No theme has the slug “${missing}”.`, { field: "tags" });
  return tagIdOf;
}

/** Every row the batch writes, and for each new entry the other entries its symmetric links change. */
function rowsOf(items: Item[], idOf: Map<string, string>, sourceIdOf: Map<string, string>, now: Date, importJobId: string | null) {
  const entries = items.map((item) => ({
    id: item.id,
    ...entryRowColumns(item.edit),
    externalId: item.externalId,
    importJobId,
    status: item.status,
    version: 1,
    createdAt: now,
    updatedAt: now,
    publishedAt: item.status === "published" ? now : null,
  }));
  const translationsOf = new Map(
    items.map((item) => [item.id, entryTranslationRows(item.id, item.edit).map((row) => ({ id: randomUUID(), ...row }))]),
  );
  const translations = [...translationsOf.values()].flat();

  const sources: {
    id: string;
    key: string;
    title: string;
    url: string | null;
    publisher: string | null;
    accessedOn: string | null;
    language: string | null;
  }[] = [];
  // One new source per address in a batch: rows of an import citing the same new web address share it.
  const newSourceIdOf = new Map<string, string>();
  const citations = items.flatMap((item) =>
    (item.edit.citations ?? []).map((c) => {
      let sourceId = c.source ? sourceIdOf.get(c.source) : undefined;
      if (c.newSource) {
        const same = c.newSource.url ?? JSON.stringify(c.newSource);
        sourceId = newSourceIdOf.get(same);
        if (!sourceId) {
          sourceId = randomUUID();
          newSourceIdOf.set(same, sourceId);
          sources.push({ id: sourceId, key: newSourceKey(c.newSource.title), ...c.newSource });
        }
      }
      return { id: randomUUID(), sourceId: sourceId!, entryId: item.id, articleId: null, field: c.field, ...noteColumns(c.note) };
    }),
  );

  const relations: { id: string; fromId: string; toId: string; type: string; noteEn: string; noteRu: string; sourceId: string | null }[] =
    [];
  const partners = new Map<string, Set<string>>();
  const stored = new Set<string>();
  const batchIds = new Set(items.map((item) => item.id));
  for (const item of items) {
    for (const r of wantedRelations(item.edit)) {
      const toId = idOf.get(r.target)!;
      const symmetric = SYMMETRIC_RELATIONS.has(r.type as RelationType);
      // A symmetric link is one row whichever end gives it; a link listed twice is one link (the first wins).
      const key = symmetric ? `${r.type} ${[item.id, toId].sort().join(" ")}` : `${r.type} ${item.id} ${toId}`;
      if (stored.has(key)) continue;
      stored.add(key);
      relations.push({
        id: randomUUID(),
        fromId: item.id,
        toId,
        type: r.type,
        ...noteColumns(r.note),
        sourceId: r.source ? sourceIdOf.get(r.source)! : null,
      });
      if (symmetric && !batchIds.has(toId)) {
        if (!partners.has(item.id)) partners.set(item.id, new Set());
        partners.get(item.id)!.add(toId);
      }
    }
  }
  return { entries, translations, translationsOf, sources, citations, relations, partners };
}
