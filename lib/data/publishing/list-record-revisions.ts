import { db } from "@/lib/db";
import type { AnyPublishableType, StoredOf } from "./publishable-type";
import { revisionRows } from "./record-tables";

export interface RecordRevision<Stored> {
  version: number;
  action: string;
  authorEmail: string | null;
  /** The reason given with the change, if any (a curator's for sending it back to draft). */
  note: string | null;
  createdAt: Date;
  snapshot: Stored;
}

/** A record's revisions, newest first. */
export async function listRecordRevisions<T extends AnyPublishableType>(type: T, id: string): Promise<RecordRevision<StoredOf<T>>[]> {
  const rows = await revisionRows(db, type).findMany({
    where: { [type.ownerColumn]: id },
    select: { version: true, action: true, authorEmail: true, note: true, createdAt: true, snapshot: true },
    orderBy: { version: "desc" },
  });
  return rows.map(({ snapshot, ...row }) => ({ ...row, snapshot: type.parseStored(snapshot) as StoredOf<T> }));
}
