import { getOwnPendingRevision, type OwnPendingRevision } from "./get-own-pending-revision";
import { getRecordForEditing, type RecordForEditing } from "./get-record-for-editing";
import type { AnyPublishableType, SnapshotOf } from "./publishable-type";

export interface RecordForPerson<Snapshot> {
  live: RecordForEditing<Snapshot>;
  /** The person's own proposed change to it, waiting or declined. */
  own: OwnPendingRevision<Snapshot> | null;
  /** What their form opens on: their waiting proposal, at the version it was made on (so saving again updates it), else what is live. */
  opened: RecordForEditing<Snapshot>;
}

/** A record by its slug as one person's editor opens it; null when there is none. */
export async function getRecordForPerson<T extends AnyPublishableType>(
  type: T,
  slug: string,
  personId: string,
): Promise<RecordForPerson<SnapshotOf<T>> | null> {
  const live = await getRecordForEditing(type, slug);
  if (!live) return null;
  const own = await getOwnPendingRevision(type, live.id, personId);
  const opened = own?.status === "pending" ? { id: live.id, version: own.baseVersion, snapshot: own.snapshot } : live;
  return { live, own, opened };
}
