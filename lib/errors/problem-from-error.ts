import { englishValidation } from "@/lib/validation/english-messages";
import { keyedIssueText } from "@/lib/validation/messages";
import { asAppError } from "./as-app-error";
import { answeredAs, ERROR_TITLE } from "./error-codes";

/** RFC 9457 problem details: the one error shape every API route returns. */
export interface Problem {
  type: "about:blank";
  title: string;
  status: number;
  detail?: string;
  /** Which value of the request is wrong (a body path, a query parameter, a form field) and why. */
  errors?: { path: string; message: string }[];
  /**
   * Why, as a key of lib/validation/messages.ts, when the refusal has one ("publishedByCurators"):
   * for clients that say it in their reader's language instead of the English detail.
   */
  reason?: string;
  /** What the reason's message names (a size, a file type), for saying it in another language. */
  reasonParams?: Record<string, string | number>;
  /** Edit conflicts: the record as it is now, and its version. */
  currentVersion?: number;
  current?: unknown;
}

/**
 * A route handler's answer to an error it did not expect to succeed past: an AppError becomes its
 * problem document (status from lib/errors/error-codes.ts, English text, the body path that is
 * wrong in `errors[].path`, the current record for an edit conflict). Anything else is a bug and is
 * rethrown, to be a 500 without details.
 */
export function problemFromError(thrown: unknown): Response {
  const error = asAppError(thrown);
  if (!error) throw thrown;
  const problem: Problem = { type: "about:blank", title: ERROR_TITLE[answeredAs(error)], status: error.status, detail: error.message };
  if (error.issues) {
    problem.errors = error.issues.map(({ path, issue }) => ({
      path,
      message: typeof issue === "string" ? issue : keyedIssueText(issue, englishValidation),
    }));
  } else if (error.field) {
    problem.errors = [{ path: error.field, message: error.message }];
  }
  if (error.localized) problem.reason = error.localized.key;
  if (error.localized?.params) problem.reasonParams = error.localized.params;
  if (error.conflict) {
    problem.currentVersion = error.conflict.currentVersion;
    problem.current = error.conflict.current;
  }
  const headers: Record<string, string> = { "Content-Type": "application/problem+json" };
  // Nothing was kept, and the same request may well succeed in a moment.
  if (error.code === "UNAVAILABLE") headers["Retry-After"] = "5";
  if (error.allow) headers.Allow = error.allow;
  return Response.json(problem, { status: problem.status, headers });
}
