import { fromStoredColumns, toEdtf } from "@/lib/dates";
import { db } from "@/lib/db";
import type { EntryFilter } from "@/lib/open-data/queries/entry-filter";
import type { EntryListItem } from "@/lib/open-data/schemas/entry-schemas";
import { entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import { PUBLISHED } from "../published";
import { entryFilterWhere } from "./entry-filter-where";

export interface EntryPage {
  entries: EntryListItem[];
  /** The last entry's id, to continue after, when there are more. */
  nextAfter: string | null;
}

/**
 * One page of the published entries a filter matches, in id order after `after`. Ids are read
 * first (a few more than asked, since the status is checked here and not in SQL: see
 * entryFilterWhere), then the page's entries.
 */
export async function listPublishedEntries(input: {
  filter: EntryFilter;
  locale: string;
  after: string | null;
  limit: number;
  pageUrl: (slug: string) => string;
}): Promise<EntryPage> {
  const where = await entryFilterWhere(input.filter);
  const batch = input.limit * 2 + 1;
  const kept: string[] = [];
  let after = input.after;
  while (kept.length <= input.limit) {
    const rows = await db.entry.findMany({
      where: after === null ? where : { AND: [where, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, status: true },
    });
    for (const row of rows) if (row.status === PUBLISHED && kept.length <= input.limit) kept.push(row.id);
    if (rows.length < batch) break;
    after = rows[rows.length - 1]!.id;
  }
  const more = kept.length > input.limit;
  const ids = kept.slice(0, input.limit);
  const rows = await db.entry.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: { ...entrySummarySelect, countryCode: true, wikidataId: true },
  });
  return {
    entries: rows.map((row) => {
      const date = fromStoredColumns(row);
      return {
        ...toEntrySummary(row, input.locale),
        date: date ? toEdtf(date) : null,
        countryCode: row.countryCode || null,
        wikidataId: row.wikidataId || null,
        url: input.pageUrl(row.slug),
      };
    }),
    nextAfter: more ? ids[ids.length - 1]! : null,
  };
}
