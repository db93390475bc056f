import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnyPublishableType } from "./publishable-type";
import { auditRecord } from "./record-revision";
import { settlePendingRevision } from "./settle-pending-revision";

/** A curator declines a proposed change with a reason its author sees; the published version stays. Curators only. */
export async function declinePendingRevision(
  type: AnyPublishableType,
  input: { pendingId: string; seenAt: Date; reason: string; actor: StaffUser },
): Promise<void> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    const pending = await settlePendingRevision(tx, type, {
      ...input,
      decline: { reason: input.reason, decidedByEmail: input.actor.email },
    });
    await auditRecord(tx, type, {
      actor: input.actor,
      action: "proposal.declined",
      id: pending.recordId,
      detail: { proposedBy: pending.authorEmail, reason: input.reason },
    });
  });
}
