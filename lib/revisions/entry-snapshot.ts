import type { EntryKind, PublicationStatus } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { type LocalizedNote, noteFromSnapshot } from "@/lib/content/localized-note";
import type { RelationType } from "@/lib/content/relation-types";
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
  note: LocalizedNote;
  source: string | null;
}

/** Which source (by key) supports which field of the entry. */
export interface CitationSnapshot {
  source: string;
  field: CitationField;
  note: LocalizedNote;
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

/** A stored revision; notes saved before they had a text per language ("English / Русский") come back split. */
export function parseStoredSnapshot(json: string): StoredEntrySnapshot {
  return withNotesPerLanguage(JSON.parse(json) as StoredEntrySnapshot);
}

/** A stored snapshot (a revision, or the one a deletion kept) with its notes per language, split if saved as one text. */
export function withNotesPerLanguage(snapshot: StoredEntrySnapshot): StoredEntrySnapshot {
  if (isLegacySnapshot(snapshot)) return snapshot;
  return {
    ...snapshot,
    relations: snapshot.relations.map((r) => ({ ...r, note: noteFromSnapshot(r.note) })),
    citations: snapshot.citations.map((c) => ({ ...c, note: noteFromSnapshot(c.note) })),
  };
}

/** A note as the history shows it: "en: … · ru: …", the languages it has. */
function noteLabel(note: LocalizedNote): string {
  return CONTENT_LOCALES.filter((locale) => note[locale])
    .map((locale) => `${locale}: ${note[locale]}`)
    .join(" · ");
}

const withNote = (head: string, note: LocalizedNote) => [head, noteLabel(note)].filter(Boolean).join(" — ");

/**
 * The snapshot as the history and conflict views compare it: links grouped by type and citations
 * by field, each as readable text, so a change reads "relations.commemorates: battle-of-x — en: why · ru: почему".
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
    const text = [withNote(r.target, r.note), r.source && `[${r.source}]`].filter(Boolean).join(" ");
    (relationGroups[r.type] ??= []).push(text);
  }
  const sourceGroups: Record<string, string[]> = {};
  for (const c of citations) (sourceGroups[c.field] ??= []).push(withNote(c.source, c.note));
  return { ...rest, relations: relationGroups, sources: sourceGroups };
}

/** Every text column of an entry's translation, for reads that show or store all of them. */
export const ENTRY_TEXT_SELECT = {
  locale: true,
  title: true,
  aliases: true,
  summary: true,
  description: true,
  placeName: true,
  locationNote: true,
  authors: true,
  dimensions: true,
} as const;
