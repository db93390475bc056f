import type { ZodError } from "zod";
import { issueText, type ValidationTranslate } from "@/lib/validation/messages";

/**
 * The first message for each field, keyed by its dotted path (or as `rename` says), in the translator's
 * language, for forms to show beside the field.
 */
export function fieldErrors(
  error: ZodError,
  t: ValidationTranslate,
  rename: (path: string) => string = (path) => path,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[rename(issue.path.join("."))] ??= issueText(issue, t);
  return errors;
}
