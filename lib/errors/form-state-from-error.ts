import { issueText, refusalText, type ValidationTranslate } from "@/lib/validation/messages";
import type { EditConflict } from "./app-error";
import { asAppError } from "./as-app-error";

export type FormFailureStatus = "invalid" | "conflict" | "error" | "unauthorized" | "forbidden";

/** What a form shows after a refused submission; the action adds the values as typed, so nothing is lost. */
export interface FormFailure<Snapshot = unknown> {
  status: FormFailureStatus;
  /** Messages beside fields, keyed by the form's field names. */
  fieldErrors: Record<string, string>;
  /** A message for the whole form. */
  message?: string;
  conflict?: EditConflict<Snapshot>;
}

/**
 * A server action's answer to an error: an AppError becomes form state in the reader's language
 * (a field error beside the field it names, the current record for an edit conflict, a clear
 * "sign in again" or "your role may not" for 401 and 403). Anything else, including Next.js's
 * redirect and not-found signals, is rethrown.
 */
export function formStateFromError<Snapshot = unknown>(thrown: unknown, t: ValidationTranslate): FormFailure<Snapshot> {
  const error = asAppError(thrown);
  if (!error) throw thrown;
  switch (error.code) {
    case "UNAUTHORIZED":
      return { status: "unauthorized", fieldErrors: {}, message: t("signInAgain") };
    case "FORBIDDEN":
      return { status: "forbidden", fieldErrors: {}, message: error.localized ? refusalText(error, t) : t("roleRefused") };
    case "EDIT_CONFLICT":
      return { status: "conflict", fieldErrors: {}, conflict: error.conflict as EditConflict<Snapshot> };
  }
  if (error.issues) {
    const fieldErrors: Record<string, string> = {};
    for (const { path, issue } of error.issues) fieldErrors[path] ??= typeof issue === "string" ? issue : issueText(issue, t);
    return { status: "invalid", fieldErrors };
  }
  if (error.field) return { status: "invalid", fieldErrors: { [error.field]: refusalText(error, t) } };
  return { status: "error", fieldErrors: {}, message: refusalText(error, t) };
}
