import type { LocalizedNote } from "@/lib/content/localized-note";
import { db } from "@/lib/db";
import { SOURCE_REF_SELECT, type SourceRef } from "./group-citations";

export interface SourceForEditing extends SourceRef {
  id: string;
  note: LocalizedNote;
}

export const SOURCE_EDIT_SELECT = { id: true, ...SOURCE_REF_SELECT, noteEn: true, noteRu: true } as const;

export function toSourceForEditing({ noteEn, noteRu, ...row }: { noteEn: string; noteRu: string } & Omit<SourceForEditing, "note">) {
  return { ...row, note: { en: noteEn, ru: noteRu } };
}

/** A source as its edit form shows it, by key; null when there is none. */
export async function getSourceForEditing(key: string): Promise<SourceForEditing | null> {
  const row = await db.source.findUnique({ where: { key }, select: SOURCE_EDIT_SELECT });
  return row && toSourceForEditing(row);
}
