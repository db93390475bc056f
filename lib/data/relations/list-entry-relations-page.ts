import type { RelationDirection, RelationType } from "@/lib/content/relation-types";
import { db } from "@/lib/db";
import { type EntrySummary, entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import type { RelatedEntry } from "../entries/get-published-entry";
import { PUBLISHED } from "../published";
import { countEntryRelations, readRelationGroup } from "./read-entry-relations";

/** Links listed on one page of an entry's "all links of this kind". */
export const RELATIONS_PAGE_SIZE = 100;

export interface EntryRelationsPage {
  entry: EntrySummary;
  type: RelationType;
  direction: RelationDirection;
  total: number;
  page: number;
  pageCount: number;
  hasNext: boolean;
  relations: RelatedEntry[];
}

/**
 * One page of every link of one kind a published entry has ("commemorated by", all of them), for an
 * entry with more than its page shows. Null for an entry that is not published, a kind of link it
 * does not have, or a page past the end.
 */
export async function listEntryRelationsPage(input: {
  slug: string;
  locale: string;
  type: RelationType;
  direction: RelationDirection;
  page: number;
}): Promise<EntryRelationsPage | null> {
  const row = await db.entry.findFirst({ where: { slug: input.slug, status: PUBLISHED }, select: entrySummarySelect });
  if (!row) return null;
  const group = (await countEntryRelations(row.id)).find((g) => g.type === input.type && g.direction === input.direction);
  if (!group) return null;
  const pageCount = Math.ceil(group.total / RELATIONS_PAGE_SIZE);
  if (input.page > pageCount) return null;
  const relations = await readRelationGroup(row.id, input.locale, group, {
    offset: (input.page - 1) * RELATIONS_PAGE_SIZE,
    limit: RELATIONS_PAGE_SIZE,
  });
  return {
    entry: toEntrySummary(row, input.locale),
    type: group.type,
    direction: group.direction,
    total: group.total,
    page: input.page,
    pageCount,
    hasNext: input.page < pageCount,
    relations,
  };
}
