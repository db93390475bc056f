import { db } from "@/lib/db";

export interface SourceForEditing {
  id: string;
  key: string;
  title: string;
  url: string | null;
  publisher: string | null;
  accessedOn: string | null;
  language: string | null;
  note: { en: string; ru: string };
}

export const SOURCE_EDIT_SELECT = {
  id: true,
  key: true,
  title: true,
  url: true,
  publisher: true,
  accessedOn: true,
  language: true,
  noteEn: true,
  noteRu: true,
} as const;

export function toSourceForEditing({ noteEn, noteRu, ...row }: { noteEn: string; noteRu: string } & Omit<SourceForEditing, "note">) {
  return { ...row, note: { en: noteEn, ru: noteRu } };
}

/** A source as its edit form shows it, by key; null when there is none. */
export async function getSourceForEditing(key: string): Promise<SourceForEditing | null> {
  const row = await db.source.findUnique({ where: { key }, select: SOURCE_EDIT_SELECT });
  return row && toSourceForEditing(row);
}
