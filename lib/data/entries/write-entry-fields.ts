import { CONTENT_LOCALES } from "@/lib/content/locales";
import { EMPTY_NOTE } from "@/lib/content/localized-note";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { parseHistoricalDate, toStoredColumns } from "@/lib/dates";
import { writeEntrySearchDocuments } from "@/lib/search/search-documents";
import type { EntryEdit } from "@/lib/validation/entry-edit";
import { syncEntryRelations, type WantedRelation } from "../relations/sync-entry-relations";
import { syncEntryCitations } from "../sources/sync-entry-citations";
import type { Transaction } from "../transaction";

/** The Entry row's own columns for an edit (the status and version are the lifecycle's). */
export function entryRowColumns(edit: EntryEdit) {
  return {
    slug: edit.slug,
    kind: edit.kind,
    latitude: edit.latitude,
    longitude: edit.longitude,
    locationPrecision: edit.locationPrecision,
    countryCode: edit.countryCode,
    wikidataId: edit.wikidataId,
    ...toStoredColumns(edit.date ? parseHistoricalDate(edit.date) : null),
  };
}

/** The EntryTranslation rows of an edit: only the languages that have a title, aliases one per line. */
export function entryTranslationRows(entryId: string, edit: EntryEdit) {
  return CONTENT_LOCALES.flatMap((locale) => {
    const t = edit.translations[locale];
    return t?.title ? [{ entryId, locale, ...t, aliases: t.aliases.join("\n") }] : [];
  });
}

/**
 * The links an edit asks for, each with the form field it came from. Rows from the list come first,
 * so their note and source win over a bare comparableTo slug.
 */
export function wantedRelations(edit: EntryEdit): WantedRelation[] {
  const listed: WantedRelation[] = (edit.relations ?? []).map((r, index) => ({ ...r, field: `relations.${index}` }));
  const comparable: WantedRelation[] = edit.comparableTo.map((target) => ({
    type: "comparable_to",
    target,
    note: { ...EMPTY_NOTE },
    source: null,
    field: "comparableTo",
    keepDetails: true,
  }));
  return [...listed, ...comparable];
}

/** Writes an edit's fields, texts, links, citations and search documents; returns the other entries whose symmetric links it changed. */
export async function writeEntryFields(tx: Transaction, entryId: string, edit: EntryEdit): Promise<Set<string>> {
  await tx.entry.update({ where: { id: entryId }, data: entryRowColumns(edit) });
  await tx.entryTranslation.deleteMany({ where: { entryId } });
  await tx.entryTranslation.createMany({ data: entryTranslationRows(entryId, edit) });
  const partners = await syncEntryRelations(tx, entryId, wantedRelations(edit), edit.relations ? RELATION_TYPES : ["comparable_to"]);
  if (edit.citations) await syncEntryCitations(tx, entryId, edit.citations);
  await writeEntrySearchDocuments(tx, entryId);
  return partners;
}
