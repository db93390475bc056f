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

/** The first incoming links, and how many there are in all (drafts' links included: the editor shows every kind). */
export interface IncomingRelations {
  items: IncomingRelation[];
  total: number;
}

/** Incoming links the editor lists; an entry thousands link to says how many more there are. */
export const INCOMING_SHOWN = 100;

const incomingWhere = (entryId: string) => ({ toId: entryId, type: { notIn: [...SYMMETRIC_RELATIONS] } });

/**
 * Links other entries make to this one ("X commemorates this entry"), for the editor to show
 * read-only: the first INCOMING_SHOWN by type and linking entry. Symmetric links are not here: they
 * are edited from either end.
 */
export async function listIncomingRelations(entryId: string, locale: string): Promise<IncomingRelations> {
  const [rows, total] = await Promise.all([
    db.entryRelation.findMany({
      where: incomingWhere(entryId),
      orderBy: [{ type: "asc" }, { from: { slug: "asc" } }],
      take: INCOMING_SHOWN,
      select: {
        type: true,
        ...NOTE_COLUMNS_SELECT,
        from: { select: { slug: true, translations: { select: { locale: true, title: true } } } },
      },
    }),
    db.entryRelation.count({ where: incomingWhere(entryId) }),
  ]);
  const items = rows.map((r) => ({
    type: r.type as RelationType,
    note: noteIn(noteFromColumns(r), locale),
    from: { slug: r.from.slug, title: pickTranslation(r.from.translations, locale)?.title ?? r.from.slug },
  }));
  return { items, total };
}
