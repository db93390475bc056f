import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import type { Transaction } from "@/lib/data/transaction";
import { databaseKind, db } from "@/lib/db";
import { type AccountChange, accountChangeSchema } from "@/lib/validation/user";
import { AccountRefusal } from "./account-refusal";
import { type AccountRow, accountSelect, toAccountRow } from "./account-row";

interface AccountState {
  role: string;
  disabled: boolean;
}

const isWorkingAdmin = (state: AccountState) => state.role === "admin" && !state.disabled;

/**
 * Holds every admin row until the transaction ends, so two admins demoting each other at once cannot
 * both pass the "another admin remains" check. SQLite needs nothing: its transactions take the write
 * lock at BEGIN (lib/db/sqlite-adapter.ts), so they never interleave.
 */
async function lockAdmins(tx: Transaction): Promise<void> {
  if (databaseKind() === "postgresql") await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'admin' FOR UPDATE`;
}

/**
 * An admin disables or enables an account, or changes its role, in one transaction with its audit
 * lines (who, what, before and after). Disabling ends every session of the account at once. Refused:
 * disabling or demoting oneself, and leaving no enabled admin.
 */
export async function updateAccount(options: {
  actor: Pick<StaffUser, "id" | "email">;
  id: string;
  change: AccountChange;
}): Promise<AccountRow> {
  const { actor, id } = options;
  const change = accountChangeSchema.parse(options.change);
  return db.$transaction(async (tx) => {
    await lockAdmins(tx);
    const found = await tx.user.findUnique({ where: { id }, select: { email: true, role: true, disabledAt: true } });
    if (!found) throw new AccountRefusal("gone");
    const before: AccountState = { role: found.role, disabled: found.disabledAt !== null };
    const after: AccountState = { role: change.role ?? before.role, disabled: change.disabled ?? before.disabled };
    const disabling = after.disabled && !before.disabled;
    const enabling = before.disabled && !after.disabled;
    const newRole = after.role !== before.role;

    if (id === actor.id && (disabling || newRole)) throw new AccountRefusal("self");
    if (isWorkingAdmin(before) && !isWorkingAdmin(after)) {
      const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: id } } });
      if (others === 0) throw new AccountRefusal("lastAdmin");
    }

    if (disabling || enabling || newRole) {
      await tx.user.update({
        where: { id },
        data: { role: after.role, ...(disabling ? { disabledAt: new Date() } : enabling ? { disabledAt: null } : {}) },
      });
    }
    const audit = (action: string, detail: Record<string, unknown>) =>
      recordAuditEvent({ actor, action, targetType: "user", targetId: id, detail: { email: found.email, ...detail } }, tx);
    if (disabling) {
      const { count } = await tx.session.deleteMany({ where: { userId: id } });
      await audit("user.disable", { before: { disabled: false }, after: { disabled: true }, sessionsEnded: count });
    }
    if (enabling) await audit("user.enable", { before: { disabled: true }, after: { disabled: false } });
    if (newRole) await audit("user.role-change", { before: { role: before.role }, after: { role: after.role } });
    return toAccountRow(await tx.user.findUniqueOrThrow({ where: { id }, select: accountSelect() }));
  });
}
