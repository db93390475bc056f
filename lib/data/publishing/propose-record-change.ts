import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { assertProposable } from "./assert-proposable";
import { pendingOwner } from "./pending-owner";
import { previewEditSnapshot } from "./preview-edit-snapshot";
import type { AnyPublishableType, EditOf } from "./publishable-type";
import { auditRecord } from "./record-revision";

/**
 * Keeps an edit of published work, by someone who may not change it directly, as their pending
 * revision of it: the published version stays as it is until a curator approves the change
 * (approvePendingRevision) or declines it. One per record and author: saving again replaces their
 * proposal, and one declined before is waiting again. Made against `expectedVersion`, like any save.
 */
export async function proposeRecordChange<T extends AnyPublishableType>(
  type: T,
  input: { id: string; expectedVersion: number; edit: EditOf<T>; actor: StaffUser },
): Promise<void> {
  const snapshot = await previewEditSnapshot(type, input);
  await db.$transaction(async (tx) => {
    // Checked again: the record may have moved on since the preview.
    await assertProposable(tx, type, input);
    const owner = { ...pendingOwner(type, input.id), authorId: input.actor.id };
    const data = {
      baseVersion: input.expectedVersion,
      edit: JSON.stringify(input.edit),
      snapshot: JSON.stringify(snapshot),
      authorEmail: input.actor.email,
      status: "pending",
      reason: null,
      decidedByEmail: null,
      decidedAt: null,
    };
    const existing = await tx.pendingRevision.findFirst({ where: owner, select: { id: true } });
    if (existing) await tx.pendingRevision.update({ where: { id: existing.id }, data });
    else await tx.pendingRevision.create({ data: { ...owner, ...data } });
    await auditRecord(tx, type, { actor: input.actor, action: "propose", id: input.id, detail: { baseVersion: input.expectedVersion } });
  });
}
