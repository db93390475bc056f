import { APIError } from "better-auth/api";
import { z } from "zod";
import { englishValidation } from "@/lib/validation/english-messages";
import { keyedIssueText } from "@/lib/validation/messages";
import { userNameSchema } from "@/lib/validation/user";

/** better-auth's code for the refusal. */
export const INVALID_NAME = "INVALID_NAME";

/** All that staff may change through /update-user: their name (their role, email and state are an admin's to change). */
const nameChangeSchema = z.strictObject({ name: userNameSchema });

/**
 * Before /update-user: the name goes through the same checks as the name an admin gives a new account
 * (bounded, no control characters or bidi overrides, something visible), and nothing else may change.
 * Returns the body as checked (the name trimmed), for the route to use instead of the one sent.
 */
export function checkNameChange(body: unknown): { name: string } {
  const parsed = nameChangeSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new APIError("BAD_REQUEST", { message: keyedIssueText(issue, englishValidation), code: INVALID_NAME });
}
