import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { isLegacySnapshot, parseStoredSnapshot, type StoredEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { AppError } from "../errors";
import { updateEntry } from "../entries/save-entry";

const EMPTY_TEXT = { title: "", aliases: [], summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

/**
 * The links and citations to write back. An entry or source deleted since the revision cannot be
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
    relations: snapshot.relations.filter((r) => entries.has(r.target)).map((r) => ({ ...r, source: r.source && sources.has(r.source) ? r.source : null })),
    citations: snapshot.citations.filter((c) => sources.has(c.source)).map((c) => ({ ...c, newSource: null })),
  };
}

/** Saves an old revision's content again, as a new revision (the status stays as it is now). */
export async function restoreRevision(input: { entryId: string; version: number; expectedVersion: number; actor: StaffUser }): Promise<{ version: number }> {
  const revision = await db.revision.findUnique({
    where: { entryId_version: { entryId: input.entryId, version: input.version } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", `There is no revision ${input.version} of this entry.`);
  const snapshot = parseStoredSnapshot(revision.snapshot);
  const edit = entryEditSchema.parse({
    ...snapshot,
    translations: { en: { ...EMPTY_TEXT, ...snapshot.translations.en }, ru: { ...EMPTY_TEXT, ...snapshot.translations.ru } },
    ...(await linksToRestore(snapshot)),
  });
  return updateEntry({ entryId: input.entryId, expectedVersion: input.expectedVersion, edit, actor: input.actor, action: "restore" });
}
