import { RELATIONS_PER_GROUP } from "@/lib/content/entry-page-lists";
import { NOTE_COLUMNS_SELECT, noteFromColumns, noteIn } from "@/lib/content/localized-note";
import { type RelationDirection, type RelationType, readingDirection, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import type { RelatedEntry } from "../entries/get-published-entry";
import { PUBLISHED } from "../published";
import { SOURCE_REF_SELECT } from "../sources/group-citations";

/** One kind of link as it reads from an entry ("commemorated by"), and how many published entries it joins it to. */
export interface RelationGroup {
  type: RelationType;
  direction: RelationDirection;
  total: number;
}

const linkSelect = { type: true, ...NOTE_COLUMNS_SELECT, source: { select: SOURCE_REF_SELECT } } as const;

/** Where a group's links are stored: a symmetric one from either end, so it is read both ways. */
function sidesOf(entryId: string, type: RelationType, direction: RelationDirection) {
  const outgoing = { fromId: entryId, type, to: { status: PUBLISHED } } satisfies Prisma.EntryRelationWhereInput;
  const incoming = { toId: entryId, type, from: { status: PUBLISHED } } satisfies Prisma.EntryRelationWhereInput;
  if (SYMMETRIC_RELATIONS.has(type)) return { outgoing, incoming };
  return direction === "outgoing" ? { outgoing } : { incoming };
}

/** Each kind of link the entry has to or from published entries, with its count. */
export async function countEntryRelations(entryId: string): Promise<RelationGroup[]> {
  const [outgoing, incoming] = await Promise.all([
    db.entryRelation.groupBy({ by: ["type"], where: { fromId: entryId, to: { status: PUBLISHED } }, _count: { _all: true } }),
    db.entryRelation.groupBy({ by: ["type"], where: { toId: entryId, from: { status: PUBLISHED } }, _count: { _all: true } }),
  ]);
  const groups = new Map<string, RelationGroup>();
  for (const [rows, stored] of [
    [outgoing, "outgoing"],
    [incoming, "incoming"],
  ] as const) {
    for (const row of rows) {
      const type = row.type as RelationType;
      const direction = readingDirection(type, stored);
      const key = `${type} ${direction}`;
      const group = groups.get(key) ?? { type, direction, total: 0 };
      group.total += row._count._all;
      groups.set(key, group);
    }
  }
  return [...groups.values()];
}

/** The linked entry as a link list shows it, and when it was made (the lists' order). */
const otherSelect = { ...entrySummarySelect, createdAt: true } as const;

/**
 * `limit` links of one group from `offset` on, the longest-standing linked entries first (then by
 * slug, so the order is the same on every page and database): a collection's own comparables come
 * before ones added later, and the compare view's default set (the first of the group) stays put.
 * A symmetric group is stored from both ends: both are read up to the page's end and merged.
 */
export async function readRelationGroup(
  entryId: string,
  locale: string,
  group: Pick<RelationGroup, "type" | "direction">,
  { offset, limit }: { offset: number; limit: number },
): Promise<RelatedEntry[]> {
  const sides = sidesOf(entryId, group.type, group.direction);
  const both = sides.outgoing !== undefined && sides.incoming !== undefined;
  const window = both ? { skip: 0, take: offset + limit } : { skip: offset, take: limit };
  const [outgoing, incoming] = await Promise.all([
    sides.outgoing
      ? db.entryRelation.findMany({
          where: sides.outgoing,
          orderBy: [{ to: { createdAt: "asc" } }, { to: { slug: "asc" } }],
          ...window,
          select: { ...linkSelect, to: { select: otherSelect } },
        })
      : [],
    sides.incoming
      ? db.entryRelation.findMany({
          where: sides.incoming,
          orderBy: [{ from: { createdAt: "asc" } }, { from: { slug: "asc" } }],
          ...window,
          select: { ...linkSelect, from: { select: otherSelect } },
        })
      : [],
  ]);
  const links = [
    ...outgoing.map(({ to, ...link }) => ({ ...link, other: to })),
    ...incoming.map(({ from, ...link }) => ({ ...link, other: from })),
  ];
  if (both)
    links.sort(
      (a, b) =>
        a.other.createdAt.getTime() - b.other.createdAt.getTime() ||
        (a.other.slug < b.other.slug ? -1 : a.other.slug > b.other.slug ? 1 : 0),
    );
  return (both ? links.slice(offset, offset + limit) : links).map((link) => ({
    type: link.type as RelationType,
    direction: group.direction,
    note: noteIn(noteFromColumns(link), locale),
    source: link.source,
    entry: toEntrySummary(link.other, locale),
  }));
}

/** The entry's links as its page shows them: every group counted, the first RELATIONS_PER_GROUP of each read. */
export async function readEntryRelations(entryId: string, locale: string): Promise<{ relations: RelatedEntry[]; groups: RelationGroup[] }> {
  const groups = await countEntryRelations(entryId);
  const read = await Promise.all(
    groups.map((group) => readRelationGroup(entryId, locale, group, { offset: 0, limit: RELATIONS_PER_GROUP })),
  );
  return { relations: read.flat(), groups };
}
