import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { AnyPublishableType, EditOf } from "./publishable-type";
import { saveEdit } from "./save-edit";

/**
 * Saves an edit of any publishable record made against `expectedVersion`, with its revision, its
 * audit line and the revisions of the records it links to, all in one transaction. Throws
 * EDIT_CONFLICT (with what is there now) when someone saved meanwhile and FORBIDDEN when an editor
 * would change what is published; then nothing changes. The status is not part of an edit.
 */
export async function updateRecord<T extends AnyPublishableType>(
  type: T,
  input: { id: string; expectedVersion: number; edit: EditOf<T>; actor: StaffUser; action?: "update" | "restore" },
): Promise<{ version: number }> {
  const version = await db.$transaction((tx) => saveEdit(tx, type, { ...input, action: input.action ?? "update" }));
  return { version };
}
