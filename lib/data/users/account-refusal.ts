import { AppError } from "@/lib/errors/app-error";
import english from "@/messages/en/accounts.json";

/** Why an admin's change to an account was refused; the staff page says each in the reader's language. */
export type AccountRefusalReason = keyof typeof english.accounts.refusals;

const CODES: Record<AccountRefusalReason, "INVALID_INPUT" | "CONFLICT" | "NOT_FOUND"> = {
  self: "INVALID_INPUT",
  lastAdmin: "CONFLICT",
  gone: "NOT_FOUND",
};

/**
 * An AppError like any other (the API answers it through problemFromError, in English); the reason
 * lets the staff page's actions put it in the reader's language from messages/<locale>/accounts.json.
 */
export class AccountRefusal extends AppError {
  constructor(readonly reason: AccountRefusalReason) {
    super(CODES[reason], english.accounts.refusals[reason]);
  }
}
