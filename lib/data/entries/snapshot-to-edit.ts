import { db } from "@/lib/db";
import { isLegacySnapshot, type StoredEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { type EntryEdit, entryEditSchema } from "@/lib/validation/entry-edit";

const EMPTY_TEXT = { title: "", aliases: [], summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

/**
 * The links and citations to write back. An entry or source deleted since the snapshot cannot be
 * linked again, so those rows are dropped rather than failing the whole restore.
 *
 * A legacy revision recorded only its comparable links: restoring it sets those and keeps the
 * entry's other links and all its citations as they are now, because "not recorded" is not
 * "none", and dropping citations would leave facts without their sources.
 */
async function linksToRestore(snapshot: StoredEntrySnapshot) {
  if (isLegacySnapshot(snapshot)) {
    const present = await db.entry.findMany({ where: { slug: { in: snapshot.comparableTo } }, select: { slug: true } });
    return { comparableTo: present.map((e) => e.slug) };
  }
  const slugs = snapshot.relations.map((r) => r.target);
  const keys = [...snapshot.relations.flatMap((r) => (r.source ? [r.source] : [])), ...snapshot.citations.map((c) => c.source)];
  const entries = new Set((await db.entry.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((e) => e.slug));
  const sources = new Set((await db.source.findMany({ where: { key: { in: keys } }, select: { key: true } })).map((s) => s.key));
  return {
    comparableTo: [],
    relations: snapshot.relations
      .filter((r) => entries.has(r.target))
      .map((r) => ({ ...r, source: r.source && sources.has(r.source) ? r.source : null })),
    citations: snapshot.citations.filter((c) => sources.has(c.source)).map((c) => ({ ...c, newSource: null })),
  };
}

/** A stored snapshot (an old revision, or an entry as it was when deleted) as an edit that can be saved again. */
export async function snapshotToEdit(snapshot: StoredEntrySnapshot): Promise<EntryEdit> {
  return entryEditSchema.parse({
    ...snapshot,
    translations: { en: { ...EMPTY_TEXT, ...snapshot.translations.en }, ru: { ...EMPTY_TEXT, ...snapshot.translations.ru } },
    ...(await linksToRestore(snapshot)),
  });
}
