"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { updateAccount } from "@/lib/data/users/update-account";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { accountChangeSchema, accountIdSchema } from "@/lib/validation/user";
import type { AccountActionState } from "./account-action-state";
import { accountRefused } from "./account-refused";

/** The row's forms send the account's id and either `disabled` ("true" or "false") or a `role`. */
function changeOf(form: FormData): unknown {
  const disabled = form.get("disabled");
  const role = form.get("role");
  return { ...(disabled === null ? {} : { disabled: disabled === "true" }), ...(role === null ? {} : { role }) };
}

/** Disables, enables or changes the role of one account from the staff page (admins only). */
export const updateAccountAction = authorizedAction(
  "users.manage",
  async (user, _previous: AccountActionState, form: FormData): Promise<AccountActionState> => {
    const id = accountIdSchema.safeParse(form.get("id"));
    const change = accountChangeSchema.safeParse(changeOf(form));
    const t = await getTranslations("accounts");
    if (!id.success) return accountRefused(invalidRequest(id.error, "body"));
    if (!change.success) return accountRefused(invalidRequest(change.error, "body"));
    let message: string;
    try {
      const account = await updateAccount({ actor: user, id: id.data, change: change.data });
      const roles = await getTranslations("admin.roles");
      message =
        change.data.role !== undefined
          ? t("roleDone", { email: account.email, role: roles.has(account.role) ? roles(account.role) : account.role })
          : t(account.disabled ? "disabledDone" : "enabledDone", { email: account.email });
    } catch (error) {
      return accountRefused(error);
    }
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "done", message };
  },
  (failure): AccountActionState => ({ status: "refused", message: failure.message }),
);
