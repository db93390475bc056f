import { APIError } from "better-auth/api";
import { isAccountDisabled } from "@/lib/data/users/is-account-disabled";

/** better-auth's code for the refusal, which the sign-in form puts into words. */
export const ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

/**
 * Before any session is made: none for a disabled account. Checked here, after the password, so the
 * refusal tells nobody but the account's owner that it is disabled.
 */
export async function refuseDisabledAccount(session: { userId: string }): Promise<void> {
  if (await isAccountDisabled(session.userId)) {
    throw new APIError("FORBIDDEN", { message: "This account is disabled. Ask an administrator to enable it.", code: ACCOUNT_DISABLED });
  }
}
