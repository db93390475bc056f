/**
 * Every refusal the application makes on purpose, and the HTTP status each one is. A route never
 * picks a status itself: it throws an AppError with one of these codes and problemFromError answers.
 *
 * Where a missing record is named decides its code:
 * - named by the URL (`/api/v1/admin/entries/<slug>`, or gone while the person edited it) → NOT_FOUND, 404;
 * - named inside the body (a link target, a mentioned entry, an image's owner, a cited source) →
 *   NOT_FOUND with the body `field` that names it, which problemFromError answers as 422 with
 *   `errors[].path` (see answeredAs), so the client knows which of its values to fix.
 */
export const ERROR_STATUS = {
  /** The request itself cannot be read: not JSON, or the body or query fails its schema. */
  INVALID_REQUEST: 400,
  /** Nobody is signed in (or the session has ended). */
  UNAUTHORIZED: 401,
  /** The signed-in role may not do this. */
  FORBIDDEN: 403,
  /** No record at the address named (or, for an API address no route serves, no such address). */
  NOT_FOUND: 404,
  /** The address exists but takes other methods (answered with Allow). */
  METHOD_NOT_ALLOWED: 405,
  /** The change clashes with what is stored: an account that exists, a deleted entry already brought back. */
  CONFLICT: 409,
  /** Someone else saved the record since the version the change was made against. */
  EDIT_CONFLICT: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Well formed, but not acceptable as it stands: a slug already taken, a move the workflow does not allow. */
  INVALID_INPUT: 422,
  RATE_LIMITED: 429,
  /** The database cannot take the write now (locked, disk full): try again later. */
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

/** RFC 9457 titles: one short summary per kind of problem. */
export const ERROR_TITLE: Record<AppErrorCode, string> = {
  INVALID_REQUEST: "Invalid request",
  UNAUTHORIZED: "Unauthorized",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not found",
  METHOD_NOT_ALLOWED: "Method Not Allowed",
  CONFLICT: "Conflict",
  EDIT_CONFLICT: "Edit conflict",
  TOO_LARGE: "Content Too Large",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported Media Type",
  INVALID_INPUT: "Unprocessable Content",
  RATE_LIMITED: "Too Many Requests",
  UNAVAILABLE: "Service Unavailable",
};

/** What a refusal says when its thrower gives no words of its own. */
export const ERROR_DETAIL: Partial<Record<AppErrorCode, string>> = {
  UNAUTHORIZED: "Sign in to do this.",
  FORBIDDEN: "Your role does not allow this.",
};

/** The one rule that is more than the table: a missing record named in the body is the body's fault (422). */
export function answeredAs(error: { code: AppErrorCode; field?: string }): AppErrorCode {
  return error.code === "NOT_FOUND" && error.field ? "INVALID_INPUT" : error.code;
}
