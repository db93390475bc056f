import type { EntryKind, PublicationStatus } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { RELATION_TYPES, type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import type { Database } from "@/lib/db";
import type { CitationField } from "@/lib/validation/source";

export interface EntryTextSnapshot {
  title: string;
  aliases: string[];
  summary: string;
  description: string;
  placeName: string;
  locationNote: string;
  authors: string;
  dimensions: string;
}

/** A link this entry makes (symmetric ones from either end), by the other entry's slug and the source's key. */
export interface RelationSnapshot {
  type: RelationType;
  target: string;
  note: string;
  source: string | null;
}

/** Which source (by key) supports which field of the entry. */
export interface CitationSnapshot {
  source: string;
  field: CitationField;
  note: string;
}

/** An entry as the editor sees it: what a revision stores and what restoring writes back. */
export interface EntrySnapshot {
  slug: string;
  kind: EntryKind;
  status: PublicationStatus;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: "exact" | "approximate" | "area";
  countryCode: string | null;
  wikidataId: string | null;
  date: string | null;
  translations: Partial<Record<ContentLocale, EntryTextSnapshot>>;
  /** Sorted by type, then target. */
  relations: RelationSnapshot[];
  /** Sorted by field, then source. */
  citations: CitationSnapshot[];
}

/** Revisions saved before relations and sources were edited recorded only the comparable links. */
export type LegacyEntrySnapshot = Omit<EntrySnapshot, "relations" | "citations"> & { comparableTo: string[] };

/** What a revision row may hold. */
export type StoredEntrySnapshot = EntrySnapshot | LegacyEntrySnapshot;

export function isLegacySnapshot(snapshot: StoredEntrySnapshot): snapshot is LegacyEntrySnapshot {
  return !("relations" in snapshot);
}

export function parseStoredSnapshot(json: string): StoredEntrySnapshot {
  return JSON.parse(json) as StoredEntrySnapshot;
}

/**
 * The snapshot as the history and conflict views compare it: links grouped by type and citations
 * by field, each as readable text, so a change reads "relations.commemorates: battle-of-x — note".
 * A legacy snapshot shows its comparable links and no sources (it never recorded them).
 */
export function snapshotForDiff(snapshot: StoredEntrySnapshot): Record<string, unknown> {
  if (isLegacySnapshot(snapshot)) {
    const { comparableTo, ...rest } = snapshot;
    return { ...rest, relations: { comparable_to: comparableTo } };
  }
  const { relations, citations, ...rest } = snapshot;
  const relationGroups: Record<string, string[]> = {};
  for (const r of relations) {
    const text = [r.target, r.note && `— ${r.note}`, r.source && `[${r.source}]`].filter(Boolean).join(" ");
    (relationGroups[r.type] ??= []).push(text);
  }
  const sourceGroups: Record<string, string[]> = {};
  for (const c of citations) (sourceGroups[c.field] ??= []).push([c.source, c.note && `— ${c.note}`].filter(Boolean).join(" "));
  return { ...rest, relations: relationGroups, sources: sourceGroups };
}

type Tx = Pick<Database, "entry" | "entryRelation" | "citation">;

export async function readEntrySnapshot(tx: Tx, entryId: string): Promise<{ snapshot: EntrySnapshot; version: number }> {
  const row = await tx.entry.findUniqueOrThrow({
    where: { id: entryId },
    select: {
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
      translations: {
        select: {
          locale: true,
          title: true,
          aliases: true,
          summary: true,
          description: true,
          placeName: true,
          locationNote: true,
          authors: true,
          dimensions: true,
        },
      },
    },
  });
  const links = await tx.entryRelation.findMany({
    where: { OR: [{ fromId: entryId }, { toId: entryId, type: { in: [...SYMMETRIC_RELATIONS] } }] },
    select: {
      fromId: true,
      type: true,
      note: true,
      from: { select: { slug: true } },
      to: { select: { slug: true } },
      source: { select: { key: true } },
    },
  });
  const citations = await tx.citation.findMany({
    where: { entryId },
    select: { field: true, note: true, source: { select: { key: true } } },
  });
  const translations: EntrySnapshot["translations"] = {};
  for (const t of row.translations) {
    if (!(CONTENT_LOCALES as readonly string[]).includes(t.locale)) continue;
    translations[t.locale as ContentLocale] = {
      title: t.title,
      aliases: t.aliases.split("\n").filter(Boolean),
      summary: t.summary,
      description: t.description,
      placeName: t.placeName,
      locationNote: t.locationNote,
      authors: t.authors,
      dimensions: t.dimensions,
    };
  }
  const relations = links
    .map((r) => ({
      type: r.type as RelationType,
      target: r.fromId === entryId ? r.to.slug : r.from.slug,
      note: r.note,
      source: r.source?.key ?? null,
    }))
    .sort((a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || a.target.localeCompare(b.target));
  return {
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
      relations,
      citations: citations
        .map((c) => ({ source: c.source.key, field: c.field as CitationField, note: c.note }))
        .sort((a, b) => a.field.localeCompare(b.field) || a.source.localeCompare(b.source) || a.note.localeCompare(b.note)),
    },
  };
}
