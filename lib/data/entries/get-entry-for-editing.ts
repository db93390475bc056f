import { db } from "@/lib/db";
import { pickTranslation } from "@/lib/content/pick-translation";
import { readEntrySnapshot, type EntrySnapshot } from "@/lib/revisions/entry-snapshot";

export interface EntryForEditing {
  id: string;
  version: number;
  snapshot: EntrySnapshot;
}

/** An entry in any status, as the editor needs it. */
export async function getEntryForEditing(slug: string): Promise<EntryForEditing | null> {
  const entry = await db.entry.findUnique({ where: { slug }, select: { id: true } });
  if (!entry) return null;
  const { snapshot, version } = await readEntrySnapshot(db, entry.id);
  return { id: entry.id, version, snapshot };
}

/** Memorials that can be linked as comparable monuments, by title. */
export async function listMemorialOptions(locale: string, except?: string): Promise<{ slug: string; title: string }[]> {
  const rows = await db.entry.findMany({
    where: { kind: "memorial", ...(except ? { NOT: { slug: except } } : {}) },
    select: { slug: true, translations: { select: { locale: true, title: true } } },
  });
  return rows
    .map((row) => ({ slug: row.slug, title: pickTranslation(row.translations, locale)?.title ?? row.slug }))
    .sort((a, b) => a.title.localeCompare(b.title, locale));
}
