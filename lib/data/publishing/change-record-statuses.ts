import type { StaffUser } from "@/lib/auth/current-user";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import type { AnyPublishableType } from "./publishable-type";
import { recordRows } from "./record-tables";
import { assertMoveAllowed, recordStatusMoves } from "./status-move";

/** Records per transaction: enough that ten thousand take a few dozen, few enough that none holds the database for long. */
export const STATUS_MOVE_BATCH = 200;
// A batch of revisions (each a whole snapshot) under load can pass an interactive transaction's default five seconds.
const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 };

/**
 * The batch form of changeRecordStatus: moves each of `ids` that is now in one of the `from`
 * statuses to `to`, and leaves the others as they are (so running it again changes nothing). The
 * person's role is checked for every `from` before anything is written. Records go in transactions
 * of `batchSize`, each moved with the same revision and audit line a single move writes. A
 * failure rolls back its own batch only: every record is either moved with its revision and audit
 * line, or untouched. Returns how many were moved.
 */
export async function changeRecordStatuses(
  type: AnyPublishableType,
  input: {
    ids: readonly string[];
    from: readonly PublicationStatus[];
    to: PublicationStatus;
    actor: StaffUser;
    reason?: string;
    batchSize?: number;
  },
): Promise<{ changed: number }> {
  for (const from of input.from) assertMoveAllowed(type, from, input.to, input.actor);
  const reason = input.reason?.trim() || null;
  const size = input.batchSize ?? STATUS_MOVE_BATCH;
  let changed = 0;
  for (let start = 0; start < input.ids.length; start += size) {
    const batch = [...new Set(input.ids.slice(start, start + size))];
    changed += await db.$transaction(async (tx) => {
      // One compare-and-set for the batch: the rows it answers are exactly those it moved, so a record
      // someone else moved meanwhile (already past `from`) is neither moved again nor given a revision.
      const moved = await recordRows(tx, type).updateManyAndReturn({
        where: { id: { in: batch }, status: { in: [...input.from] } },
        data: { version: { increment: 1 }, status: input.to, ...(input.to === "published" ? { publishedAt: new Date() } : {}) },
        select: { id: true },
      });
      const ids = moved.map((row) => row.id);
      if (type.assertMayChange) for (const id of ids) await type.assertMayChange(tx, id, input.actor);
      if (ids.length > 0) await recordStatusMoves(tx, type, { ids, to: input.to, actor: input.actor, reason });
      return ids.length;
    }, TX_OPTIONS);
  }
  return { changed };
}
