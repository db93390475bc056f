import { NOTE_COLUMNS_SELECT, noteColumns, noteFromColumns, sameNote } from "@/lib/content/localized-note";
import { type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import type { Database } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { RelationEdit } from "@/lib/validation/relation";

type Tx = Pick<Database, "entry" | "entryRelation" | "source">;

export interface WantedRelation extends RelationEdit {
  /** Where a problem with this row is shown: "relations.2", "comparableTo". */
  field: string;
  /** Legacy comparableTo rows say nothing of note and source: a link already there keeps its own. */
  keepDetails?: boolean;
}

/**
 * Makes the entry's links of the `managed` types exactly `wanted`: the entry's outgoing links, and
 * the symmetric ones stored from the other end (kept where they are, so a comparable link made from
 * either page is one row). A link that stays keeps its row; incoming asymmetric links belong to the
 * other entry and are never touched. Returns the other entries whose symmetric links changed: those
 * links are part of their record too, so they need a new version and revision of their own.
 */
export async function syncEntryRelations(
  tx: Tx,
  entryId: string,
  wanted: WantedRelation[],
  managed: readonly RelationType[],
): Promise<Set<string>> {
  const slugs = [...new Set(wanted.map((r) => r.target))];
  const targets = await tx.entry.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const idOf = new Map(targets.map((t) => [t.slug, t.id]));
  const keys = [...new Set(wanted.flatMap((r) => (r.source ? [r.source] : [])))];
  const sources = await tx.source.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } });
  const sourceIdOf = new Map(sources.map((s) => [s.key, s.id]));
  for (const r of wanted) {
    if (!idOf.has(r.target))
      throw new AppError(
        "NOT_FOUND",
        { key: "noEntry", params: { slug: r.target } },
        {
          field: r.field.endsWith("comparableTo") ? r.field : `${r.field}.target`,
        },
      );
    if (r.source && !sourceIdOf.has(r.source))
      throw new AppError("NOT_FOUND", { key: "noSource", params: { source: r.source } }, { field: `${r.field}.source` });
  }

  const symmetric = managed.filter((type) => SYMMETRIC_RELATIONS.has(type));
  const existing = await tx.entryRelation.findMany({
    where: { type: { in: [...managed] }, OR: [{ fromId: entryId }, { toId: entryId, type: { in: symmetric } }] },
    select: { id: true, fromId: true, toId: true, type: true, ...NOTE_COLUMNS_SELECT, sourceId: true },
  });
  const byKey = new Map<string, (typeof existing)[number]>();
  const stale: string[] = [];
  for (const row of existing) {
    const key = `${row.type} ${row.fromId === entryId ? row.toId : row.fromId}`;
    // A symmetric link stored from both ends is one link: keep one row of it.
    if (byKey.has(key)) stale.push(row.id);
    else byKey.set(key, row);
  }
  const partners = new Set<string>();
  const otherEnd = (row: { fromId: string; toId: string }) => (row.fromId === entryId ? row.toId : row.fromId);
  const kept = new Set<string>();
  for (const r of wanted) {
    const toId = idOf.get(r.target)!;
    const key = `${r.type} ${toId}`;
    if (kept.has(key)) continue;
    kept.add(key);
    const sourceId = r.source ? sourceIdOf.get(r.source)! : null;
    const row = byKey.get(key);
    if (!row) {
      await tx.entryRelation.create({ data: { fromId: entryId, toId, type: r.type, ...noteColumns(r.note), sourceId } });
      if (SYMMETRIC_RELATIONS.has(r.type)) partners.add(toId);
    } else if (!r.keepDetails && (!sameNote(noteFromColumns(row), r.note) || row.sourceId !== sourceId)) {
      await tx.entryRelation.update({ where: { id: row.id }, data: { ...noteColumns(r.note), sourceId } });
      if (SYMMETRIC_RELATIONS.has(row.type as RelationType)) partners.add(otherEnd(row));
    }
  }
  for (const [key, row] of byKey) {
    if (kept.has(key)) continue;
    stale.push(row.id);
    if (SYMMETRIC_RELATIONS.has(row.type as RelationType)) partners.add(otherEnd(row));
  }
  if (stale.length) await tx.entryRelation.deleteMany({ where: { id: { in: stale } } });
  return partners;
}
