import "server-only";
import { PUBLICATION_STATUSES, type PublicationStatus } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import { requireFinishedImport } from "./require-finished-import";

/**
 * How many of the entries a finished import created (Entry.importJobId) are in each status now,
 * whatever has happened to them since (deleted ones are not counted). Refuses as
 * requireFinishedImport does.
 */
export async function countImportEntries(id: string): Promise<Record<PublicationStatus, number>> {
  await requireFinishedImport(id);
  const counts = Object.fromEntries(PUBLICATION_STATUSES.map((status) => [status, 0])) as Record<PublicationStatus, number>;
  const groups = await db.entry.groupBy({ by: ["status"], where: { importJobId: id }, _count: { _all: true } });
  for (const group of groups) counts[group.status as PublicationStatus] += group._count._all;
  return counts;
}
