import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntrySummaryRow } from "../entries/entry-summary";
import { versionedCache } from "./versioned-cache";

export type StoredSummaryRow = EntrySummaryRow & { status: string };

/** Every published entry fits at 100,000 (about 30 MB); past the cap new rows are read but not kept. */
const MAX_ROWS = 200_000;
/** Ids per query, well under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 5000;

/** Rows read at this version of the collection; a new version starts an empty map, so nothing stale is kept. */
const rowsOfThisVersion = versionedCache("summary-rows", async () => new Map<string, StoredSummaryRow>());

type JoinedRow = Omit<StoredSummaryRow, "translations"> & { locale: string | null; title: string | null };

/**
 * One query by primary key, the translations' titles joined: Prisma's findMany with an include is
 * two queries and a query plan compiled and interpreted per call, several times the cost of the
 * reads themselves at a few hundred rows.
 */
async function readRows(ids: string[]): Promise<StoredSummaryRow[]> {
  const joined = await db.$queryRaw<JoinedRow[]>(Prisma.sql`
    SELECT e."id", e."slug", e."kind", e."status", e."latitude", e."longitude", e."locationPrecision",
      e."startYear", e."startMonth", e."startDay", e."startCirca", e."endYear", e."endMonth", e."endDay", e."endCirca",
      e."startTime", e."endTime", t."locale", t."title"
    FROM "Entry" e LEFT JOIN "EntryTranslation" t ON t."entryId" = e."id"
    WHERE e."id" IN (${Prisma.join(ids)})`);
  const rows = new Map<string, StoredSummaryRow>();
  for (const { locale, title, ...entry } of joined) {
    let row = rows.get(entry.id);
    if (!row) {
      row = { ...entry, translations: [] };
      rows.set(entry.id, row);
    }
    if (locale !== null && title !== null) row.translations.push({ locale, title });
  }
  return [...rows.values()];
}

/**
 * The summary columns of these entries, in no particular order: the ones read before at this
 * version from memory, the rest by primary key (and kept), so panning back and forth and
 * overlapping views read each entry once.
 */
export async function summaryRows(ids: string[], version?: number): Promise<StoredSummaryRow[]> {
  const kept = await rowsOfThisVersion(version);
  const missing = ids.filter((id) => !kept.has(id));
  const read = new Map<string, StoredSummaryRow>();
  // By primary key alone: beside other conditions SQLite walks a range index instead.
  for (let i = 0; i < missing.length; i += IDS_PER_QUERY) {
    for (const row of await readRows(missing.slice(i, i + IDS_PER_QUERY))) {
      read.set(row.id, row);
      if (kept.size < MAX_ROWS) kept.set(row.id, row);
    }
  }
  return ids.flatMap((id) => kept.get(id) ?? read.get(id) ?? []);
}
