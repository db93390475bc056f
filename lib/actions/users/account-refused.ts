import { getTranslations } from "next-intl/server";
import { AccountRefusal } from "@/lib/data/users/account-refusal";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import type { AccountActionState } from "./account-action-state";

/** A refused change in the reader's language: the account rules from accounts.json, anything else through the one error path. */
export async function accountRefused(error: unknown): Promise<AccountActionState> {
  if (error instanceof AccountRefusal) {
    const t = await getTranslations("accounts.refusals");
    return { status: "refused", message: t(error.reason) };
  }
  const failure = formStateFromError(error, await getTranslations("validation"));
  return { status: "refused", message: failure.message ?? Object.values(failure.fieldErrors)[0] };
}
