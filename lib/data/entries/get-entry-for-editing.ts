import { db } from "@/lib/db";
import { type EntrySnapshot, readEntrySnapshot } from "@/lib/revisions/entry-snapshot";

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
