"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type AccountActionState, IDLE_ACCOUNT_ACTION } from "@/lib/actions/users/account-action-state";
import { revokeAccountSessionsAction } from "@/lib/actions/users/revoke-account-sessions";
import { updateAccountAction } from "@/lib/actions/users/update-account";
import { ROLES } from "@/lib/auth/roles";

interface Props {
  account: { id: string; email: string; role: string; disabled: boolean };
  /** The signed-in admin's own row: no disabling or demoting oneself (the server refuses it too). */
  self: boolean;
}

function Outcome({ state }: { state: AccountActionState }) {
  if (state.status === "idle" || !state.message) return null;
  return state.status === "done" ? (
    <p role="status">{state.message}</p>
  ) : (
    <p role="alert" className="form-error">
      {state.message}
    </p>
  );
}

/** One account's controls on the staff page: disable or enable, change role, end its sessions. */
export function UserAccountActions({ account, self }: Props) {
  const t = useTranslations("accounts");
  const roles = useTranslations("admin.roles");
  const [updated, update, updating] = useActionState(updateAccountAction, IDLE_ACCOUNT_ACTION);
  const [revoked, revoke, revoking] = useActionState(revokeAccountSessionsAction, IDLE_ACCOUNT_ACTION);
  return (
    <div className="user-account-actions">
      {self ? null : (
        <>
          <form action={update}>
            <input type="hidden" name="id" value={account.id} />
            <input type="hidden" name="disabled" value={account.disabled ? "false" : "true"} />
            <button type="submit" disabled={updating}>
              {account.disabled ? t("enable") : t("disable")}
            </button>
          </form>
          <form action={update}>
            <input type="hidden" name="id" value={account.id} />
            {/* Named by aria-label, not a <label>: label text would become part of the row's cells' names. */}
            <select name="role" aria-label={t("newRole", { email: account.email })} defaultValue={account.role} key={account.role}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {roles(role)}
                </option>
              ))}
            </select>
            <button type="submit" disabled={updating}>
              {t("changeRole")}
            </button>
          </form>
        </>
      )}
      <form action={revoke}>
        <input type="hidden" name="id" value={account.id} />
        <button type="submit" disabled={revoking}>
          {t("endSessions")}
        </button>
      </form>
      <Outcome state={updated} />
      <Outcome state={revoked} />
    </div>
  );
}
