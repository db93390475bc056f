import { db } from "@/lib/db";
import type { AnyPublishableType, StoredOf } from "./publishable-type";
import { revisionRows } from "./record-tables";

/** A record as one of its revisions stored it, or null when there is no such revision. */
export async function getRevisionSnapshot<T extends AnyPublishableType>(type: T, id: string, version: number): Promise<StoredOf<T> | null> {
  const row = await revisionRows(db, type).findFirst({ where: { [type.ownerColumn]: id, version }, select: { snapshot: true } });
  return row ? (type.parseStored(row.snapshot) as StoredOf<T>) : null;
}
