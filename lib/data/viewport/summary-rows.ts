import { db } from "@/lib/db";
import { entrySummarySelect, type EntrySummaryRow } from "../entries/entry-summary";
import { versionedCache } from "./versioned-cache";

export type StoredSummaryRow = EntrySummaryRow & { status: string };

/** Every published entry fits at 100,000 (about 30 MB); past the cap new rows are read but not kept. */
const MAX_ROWS = 200_000;

/** Rows read at this version of the collection; a new version starts an empty map, so nothing stale is kept. */
const rowsOfThisVersion = versionedCache("summary-rows", async () => new Map<string, StoredSummaryRow>());

/**
 * The summary columns of these entries, in no particular order: the ones read before at this
 * version from memory, the rest by primary key (and kept), so panning back and forth and
 * overlapping views read each entry once.
 */
export async function summaryRows(ids: string[]): Promise<StoredSummaryRow[]> {
  const kept = await rowsOfThisVersion();
  const missing = ids.filter((id) => !kept.has(id));
  const read = new Map<string, StoredSummaryRow>();
  if (missing.length) {
    // By primary key alone: beside other conditions SQLite walks a range index instead.
    const rows = await db.entry.findMany({ where: { id: { in: missing } }, select: { ...entrySummarySelect, status: true } });
    for (const row of rows) {
      read.set(row.id, row);
      if (kept.size < MAX_ROWS) kept.set(row.id, row);
    }
  }
  return ids.flatMap((id) => kept.get(id) ?? read.get(id) ?? []);
}
