import { NOTE_COLUMNS_SELECT, type NoteText, noteFromColumns, noteIn } from "@/lib/content/localized-note";
import { pickTranslation } from "@/lib/content/pick-translation";
import { type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { db } from "@/lib/db";

export interface IncomingRelation {
  type: RelationType;
  /** The entry the link is made from, where it is edited. */
  from: { slug: string; title: string };
  /** In the editor's language, or else the other one. */
  note: NoteText | null;
}

/**
 * Links other entries make to this one ("X commemorates this entry"), for the editor to show
 * read-only. Symmetric links are not here: they are edited from either end.
 */
export async function listIncomingRelations(entryId: string, locale: string): Promise<IncomingRelation[]> {
  const rows = await db.entryRelation.findMany({
    where: { toId: entryId, type: { notIn: [...SYMMETRIC_RELATIONS] } },
    select: {
      type: true,
      ...NOTE_COLUMNS_SELECT,
      from: { select: { slug: true, translations: { select: { locale: true, title: true } } } },
    },
  });
  return rows
    .map((r) => ({
      type: r.type as RelationType,
      note: noteIn(noteFromColumns(r), locale),
      from: { slug: r.from.slug, title: pickTranslation(r.from.translations, locale)?.title ?? r.from.slug },
    }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.from.title.localeCompare(b.from.title, locale));
}
