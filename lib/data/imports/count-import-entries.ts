import "server-only";
import { PUBLICATION_STATUSES, type PublicationStatus } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import { createdEntriesWindow } from "./created-entries-window";
import { createdEntryIdPages } from "./created-entry-id-pages";

// Bound values per query stay under what SQLite allows (see lib/data/in-chunks.ts).
const PAGE = 400;

/**
 * How many of the entries a finished import created are in each status now, whatever has happened
 * to them since (deleted ones are not counted). Refuses as createdEntriesWindow does.
 */
export async function countImportEntries(id: string): Promise<Record<PublicationStatus, number>> {
  const counts = Object.fromEntries(PUBLICATION_STATUSES.map((status) => [status, 0])) as Record<PublicationStatus, number>;
  const window = await createdEntriesWindow(id);
  if (!window) return counts;
  for await (const ids of createdEntryIdPages(window, PAGE)) {
    const groups = await db.entry.groupBy({ by: ["status"], where: { id: { in: ids } }, _count: { _all: true } });
    for (const group of groups) counts[group.status as PublicationStatus] += group._count._all;
  }
  return counts;
}
