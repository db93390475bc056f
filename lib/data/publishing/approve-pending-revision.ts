import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnyPublishableType, EditOf } from "./publishable-type";
import { saveEdit } from "./save-edit";
import { settlePendingRevision } from "./settle-pending-revision";

/**
 * A curator makes a proposed change live: saved through the lifecycle against the version it was
 * proposed on (EDIT_CONFLICT, and nothing changes, if the record has moved on since), its revision in
 * its proposer's name ("approve"), the audit line in the curator's, and the proposal gone. Curators only.
 */
export async function approvePendingRevision<T extends AnyPublishableType>(
  type: T,
  input: { pendingId: string; seenAt: Date; actor: StaffUser },
): Promise<{ version: number }> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const version = await db.$transaction(async (tx) => {
    const pending = await settlePendingRevision(tx, type, { ...input, decline: null });
    return saveEdit(tx, type, {
      id: pending.recordId,
      expectedVersion: pending.baseVersion,
      edit: JSON.parse(pending.edit) as EditOf<T>,
      actor: input.actor,
      action: "approve",
      author: { id: pending.authorId, email: pending.authorEmail },
      detail: { proposedBy: pending.authorEmail },
    });
  });
  return { version };
}
