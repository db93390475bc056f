import type { ZodError } from "zod";

/** The first message for each field, keyed by its dotted path (or as `rename` says), for forms to show beside the field. */
export function fieldErrors(error: ZodError, rename: (path: string) => string = (path) => path): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[rename(issue.path.join("."))] ??= issue.message;
  return errors;
}
