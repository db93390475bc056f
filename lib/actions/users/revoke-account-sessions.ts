"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { revokeAccountSessions } from "@/lib/data/users/revoke-account-sessions";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { accountIdSchema } from "@/lib/validation/user";
import type { AccountActionState } from "./account-action-state";
import { accountRefused } from "./account-refused";

/** Ends every session of one account from the staff page (admins only). */
export const revokeAccountSessionsAction = authorizedAction(
  "users.manage",
  async (user, _previous: AccountActionState, form: FormData): Promise<AccountActionState> => {
    const id = accountIdSchema.safeParse(form.get("id"));
    if (!id.success) return accountRefused(invalidRequest(id.error, "body"));
    let message: string;
    try {
      const { email, ended } = await revokeAccountSessions({ actor: user, id: id.data });
      message = (await getTranslations("accounts"))("sessionsDone", { email, count: ended });
    } catch (error) {
      return accountRefused(error);
    }
    revalidatePath("/[locale]/admin/users", "page");
    return { status: "done", message };
  },
  (failure): AccountActionState => ({ status: "refused", message: failure.message }),
);
