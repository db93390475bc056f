import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import type { NamedEntry } from "./named-entry";
import { readNamedEntries } from "./read-named-entries";

const LIMIT = 50;

/**
 * Events (any status) whose date lies within [startTime, endTime] (milliseconds), at most 50: the
 * entries an article's event may already be. A day holds few events even in a large collection.
 */
export async function findEventsInSpan({ startTime, endTime }: { startTime: number; endTime: number }): Promise<NamedEntry[]> {
  const rows = await db.entry.findMany({
    where: {
      status: { in: [...PUBLICATION_STATUSES] },
      kind: "event",
      startTime: { gte: startTime, lte: endTime },
      endTime: { lte: endTime },
    },
    select: { id: true },
    orderBy: { startTime: "asc" },
    take: LIMIT,
  });
  return readNamedEntries(rows.map((row) => row.id));
}
