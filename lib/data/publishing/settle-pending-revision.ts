import { AppError } from "@/lib/errors/app-error";
import type { Transaction } from "../transaction";
import { pendingOwner } from "./pending-owner";
import type { AnyPublishableType } from "./publishable-type";

export interface SettledPendingRevision {
  recordId: string;
  baseVersion: number;
  edit: string;
  authorId: string;
  authorEmail: string;
}

/**
 * Takes a waiting proposal off the queue, as the curator saw it (`seenAt`, its last save): removed
 * when approved, marked declined with the reason otherwise. Refuses one decided or gone meanwhile
 * (NOT_FOUND) and one its author changed since the curator read it (EDIT_CONFLICT), so nobody
 * decides on words they did not see.
 */
export async function settlePendingRevision(
  tx: Transaction,
  type: AnyPublishableType,
  input: { pendingId: string; seenAt: Date; decline: { reason: string; decidedByEmail: string } | null },
): Promise<SettledPendingRevision> {
  const row = await tx.pendingRevision.findFirst({
    where: { id: input.pendingId, status: "pending" },
    select: { entryId: true, articleId: true, tourId: true, baseVersion: true, edit: true, authorId: true, authorEmail: true },
  });
  const recordId = row?.[type.ownerColumn];
  if (!row || !recordId) throw new AppError("NOT_FOUND", "This proposed change is no longer waiting for review.");
  const asSeen = { id: input.pendingId, status: "pending", updatedAt: input.seenAt, ...pendingOwner(type, recordId) };
  const { count } = input.decline
    ? await tx.pendingRevision.updateMany({ where: asSeen, data: { status: "declined", ...input.decline, decidedAt: new Date() } })
    : await tx.pendingRevision.deleteMany({ where: asSeen });
  if (count === 0) throw new AppError("EDIT_CONFLICT", "Its author changed this proposal since you read it.");
  return { recordId, baseVersion: row.baseVersion, edit: row.edit, authorId: row.authorId, authorEmail: row.authorEmail };
}
