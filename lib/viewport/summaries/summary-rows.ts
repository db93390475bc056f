import type { EntrySummaryRow } from "@/lib/data/entries/entry-summary";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { processSingleton } from "@/lib/process-singleton";
import { versionedCache } from "../caches/versioned-cache";
import { entryIndex } from "../memory/entry-index";
import { quietMoment } from "../request/query-activity";

export type StoredSummaryRow = EntrySummaryRow & { status: string };

/** Room for every published entry of a large collection (its memory: bench/results.md); past the cap new rows are read but not kept. */
const MAX_ROWS = 200_000;
/** Ids per query, well under SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_QUERY = 5000;

/** Rows read ahead per step: few enough that a request arriving during one hardly waits. */
const FILL_STEP = 200;
/**
 * A step runs only once no viewport query has run for this long, so requests never queue behind
 * the read-ahead (a request interleaved with its steps takes several times longer); a busy server
 * reads what each request misses instead.
 */
const QUIET_MS = 100;

type KeptRows = Map<string, StoredSummaryRow>;

const fills = processSingleton("viewport.summary-row-fills", () => new WeakMap<KeptRows, Promise<void>>());

/**
 * Rows read at this version of the collection; a new version starts an empty map, so nothing
 * stale is kept, and reads every published row into it in the background.
 */
const rowsOfThisVersion = versionedCache("summary-rows", async (version): Promise<KeptRows> => {
  const kept: KeptRows = new Map();
  fills.set(kept, keepEveryPublishedRow(kept, version));
  return kept;
});

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

/**
 * Reads every published entry's row into this version's map a step at a time, each in a quiet
 * moment, so a region seen for the first time finds its rows in memory instead of reading hundreds
 * of them; stops as soon as the collection moves on.
 */
async function keepEveryPublishedRow(kept: KeptRows, version: number): Promise<void> {
  const isCurrent = async () => (await rowsOfThisVersion()) === kept;
  try {
    await quietMoment(QUIET_MS);
    if (!(await isCurrent())) return;
    const { ids } = await entryIndex(version);
    for (let i = 0; i < ids.length && kept.size < MAX_ROWS; i += FILL_STEP) {
      await quietMoment(QUIET_MS);
      if (!(await isCurrent())) return;
      const missing = ids.slice(i, i + FILL_STEP).filter((id) => !kept.has(id));
      if (missing.length === 0) continue;
      for (const row of await readRows(missing)) if (!kept.has(row.id)) kept.set(row.id, row);
    }
  } catch {
    // Only a read-ahead: a request still reads whatever rows it misses itself.
  }
}

/** Resolves once every published row of this version is in memory (or the read-ahead stopped): for tests and the benchmark. */
export async function summaryRowsReadAhead(version?: number): Promise<void> {
  await fills.get(await rowsOfThisVersion(version));
}
