import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { db } from "@/lib/db";
import { proposeRecordChange } from "./propose-record-change";
import type { AnyPublishableType, EditOf } from "./publishable-type";
import { recordRows } from "./record-tables";
import { updateRecord } from "./update-record";

export type SavedEdit = { outcome: "saved"; version: number } | { outcome: "proposed" };

/**
 * An editor form's save: the edit itself where this person may make it, or, on published work they
 * may not change, their proposal of it for a curator's review (the published version stays live).
 */
export async function saveRecordEdit<T extends AnyPublishableType>(
  type: T,
  input: { id: string; expectedVersion: number; edit: EditOf<T>; actor: StaffUser },
): Promise<SavedEdit> {
  const row = await recordRows(db, type).findUnique({ where: { id: input.id }, select: { status: true } });
  if (row?.status === "published" && !mayEditInStatus(input.actor.role, row.status)) {
    // The proposal checks the version and the status again in its own transaction.
    await proposeRecordChange(type, input);
    return { outcome: "proposed" };
  }
  return { outcome: "saved", ...(await updateRecord(type, input)) };
}
