import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AccountRefusal } from "./account-refusal";

/** An admin ends every session of an account (its owner must sign in again), audited in the same transaction: how many ended. */
export async function revokeAccountSessions(options: {
  actor: Pick<StaffUser, "id" | "email">;
  id: string;
}): Promise<{ email: string; ended: number }> {
  const { actor, id } = options;
  return db.$transaction(async (tx) => {
    const found = await tx.user.findUnique({ where: { id }, select: { email: true } });
    if (!found) throw new AccountRefusal("gone");
    const { count } = await tx.session.deleteMany({ where: { userId: id } });
    await recordAuditEvent(
      { actor, action: "user.sessions-revoke", targetType: "user", targetId: id, detail: { email: found.email, sessionsEnded: count } },
      tx,
    );
    return { email: found.email, ended: count };
  });
}
