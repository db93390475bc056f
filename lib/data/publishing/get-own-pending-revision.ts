import { db } from "@/lib/db";
import { pendingOwner } from "./pending-owner";
import type { AnyPublishableType, SnapshotOf } from "./publishable-type";

export interface OwnPendingRevision<Snapshot> {
  status: "pending" | "declined";
  /** The version it was proposed on. */
  baseVersion: number;
  /** The record as the proposal would leave it. */
  snapshot: Snapshot;
  updatedAt: Date;
  /** Set once declined. */
  reason: string | null;
  decidedByEmail: string | null;
  decidedAt: Date | null;
}

/** A person's own proposed change to a record, waiting or declined; null when they have none. */
export async function getOwnPendingRevision<T extends AnyPublishableType>(
  type: T,
  recordId: string,
  authorId: string,
): Promise<OwnPendingRevision<SnapshotOf<T>> | null> {
  const row = await db.pendingRevision.findFirst({
    where: { ...pendingOwner(type, recordId), authorId },
    select: { status: true, baseVersion: true, snapshot: true, updatedAt: true, reason: true, decidedByEmail: true, decidedAt: true },
  });
  if (!row) return null;
  return {
    ...row,
    status: row.status === "declined" ? "declined" : "pending",
    snapshot: JSON.parse(row.snapshot) as SnapshotOf<T>,
  };
}
