import type { EntryKind, PublicationStatus } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { NOTE_COLUMNS_SELECT, noteFromColumns } from "@/lib/content/localized-note";
import { RELATION_TYPES, type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { readInChunks } from "@/lib/data/in-chunks";
import type { Database } from "@/lib/db";
import { type CitationSnapshot, ENTRY_TEXT_SELECT, type EntrySnapshot, type RelationSnapshot } from "@/lib/revisions/entry-snapshot";
import type { CitationField } from "@/lib/validation/source";

type Tx = Pick<Database, "entry" | "entryRelation" | "citation">;

/** The entry as the editor sees it; throws when it does not exist (callers have checked). */
export async function readEntrySnapshot(tx: Tx, entryId: string): Promise<{ snapshot: EntrySnapshot; version: number }> {
  const read = (await readEntrySnapshots(tx, [entryId])).get(entryId);
  if (!read) throw new Error(`No entry ${entryId}`);
  return read;
}

/**
 * Several entries as the editor sees them, three queries for every few hundred: what one entry's
 * revision stores is exactly what a batch of new entries' first revisions store. A link belongs to
 * the entry it is made from, and a symmetric one to its other end as well.
 */
export async function readEntrySnapshots(
  tx: Tx,
  entryIds: readonly string[],
): Promise<Map<string, { snapshot: EntrySnapshot; version: number }>> {
  const snapshots = new Map<string, { snapshot: EntrySnapshot; version: number }>();
  await readInChunks([...new Set(entryIds)], async (ids) => {
    for (const [id, read] of await readChunk(tx, ids)) snapshots.set(id, read);
    return [];
  });
  return snapshots;
}

async function readChunk(tx: Tx, ids: string[]): Promise<Map<string, { snapshot: EntrySnapshot; version: number }>> {
  const wanted = new Set(ids);
  const rows = await tx.entry.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      kind: true,
      status: true,
      latitude: true,
      longitude: true,
      locationPrecision: true,
      countryCode: true,
      wikidataId: true,
      dateEdtf: true,
      version: true,
      translations: { select: ENTRY_TEXT_SELECT },
    },
  });
  const links = await tx.entryRelation.findMany({
    where: { OR: [{ fromId: { in: ids } }, { toId: { in: ids }, type: { in: [...SYMMETRIC_RELATIONS] } }] },
    select: {
      fromId: true,
      toId: true,
      type: true,
      ...NOTE_COLUMNS_SELECT,
      from: { select: { slug: true } },
      to: { select: { slug: true } },
      source: { select: { key: true } },
    },
  });
  const citations = await tx.citation.findMany({
    where: { entryId: { in: ids } },
    select: { entryId: true, field: true, ...NOTE_COLUMNS_SELECT, source: { select: { key: true } } },
  });

  const relationsOf = new Map<string, RelationSnapshot[]>();
  const add = (entryId: string, relation: RelationSnapshot) => {
    if (!relationsOf.has(entryId)) relationsOf.set(entryId, []);
    relationsOf.get(entryId)!.push(relation);
  };
  for (const link of links) {
    const relation = { type: link.type as RelationType, note: noteFromColumns(link), source: link.source?.key ?? null };
    if (wanted.has(link.fromId)) add(link.fromId, { ...relation, target: link.to.slug });
    if (wanted.has(link.toId) && SYMMETRIC_RELATIONS.has(link.type as RelationType))
      add(link.toId, { ...relation, target: link.from.slug });
  }
  const citationsOf = new Map<string, CitationSnapshot[]>();
  for (const c of citations) {
    if (!c.entryId) continue;
    if (!citationsOf.has(c.entryId)) citationsOf.set(c.entryId, []);
    citationsOf.get(c.entryId)!.push({ source: c.source.key, field: c.field as CitationField, note: noteFromColumns(c) });
  }

  const snapshots = new Map<string, { snapshot: EntrySnapshot; version: number }>();
  for (const row of rows) {
    const translations: EntrySnapshot["translations"] = {};
    for (const { locale, aliases, ...text } of row.translations) {
      if (!(CONTENT_LOCALES as readonly string[]).includes(locale)) continue;
      translations[locale as ContentLocale] = { ...text, aliases: aliases.split("\n").filter(Boolean) };
    }
    snapshots.set(row.id, {
      version: row.version,
      snapshot: {
        slug: row.slug,
        kind: row.kind as EntryKind,
        status: row.status as PublicationStatus,
        latitude: row.latitude,
        longitude: row.longitude,
        locationPrecision: row.locationPrecision as EntrySnapshot["locationPrecision"],
        countryCode: row.countryCode,
        wikidataId: row.wikidataId,
        date: row.dateEdtf,
        translations,
        relations: (relationsOf.get(row.id) ?? []).sort(
          (a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || a.target.localeCompare(b.target),
        ),
        citations: (citationsOf.get(row.id) ?? []).sort(
          (a, b) =>
            a.field.localeCompare(b.field) ||
            a.source.localeCompare(b.source) ||
            a.note.en.localeCompare(b.note.en) ||
            a.note.ru.localeCompare(b.note.ru),
        ),
      },
    });
  }
  return snapshots;
}
