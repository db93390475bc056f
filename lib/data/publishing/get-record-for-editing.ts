import { db } from "@/lib/db";
import type { AnyPublishableType, SnapshotOf } from "./publishable-type";
import { recordRows } from "./record-tables";

export interface RecordForEditing<Snapshot> {
  id: string;
  version: number;
  snapshot: Snapshot;
}

/** A record in any status, by its slug, as its editor needs it; null when there is none. */
export async function getRecordForEditing<T extends AnyPublishableType>(
  type: T,
  slug: string,
): Promise<RecordForEditing<SnapshotOf<T>> | null> {
  const row = await recordRows(db, type).findUnique({ where: { slug }, select: { id: true } });
  if (!row) return null;
  const { snapshot, version } = await type.readSnapshot(db, row.id);
  return { id: row.id, version, snapshot: snapshot as SnapshotOf<T> };
}
