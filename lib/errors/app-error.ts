import type { z } from "zod";
import { englishValidation } from "@/lib/validation/english-messages";
import type { LocalizedMessage } from "@/lib/validation/messages";
import { type AppErrorCode, answeredAs, ERROR_DETAIL, ERROR_STATUS, ERROR_TITLE } from "./error-codes";

/** What someone else saved meanwhile: the record as it is now and its version, whatever kind of record it is. */
export interface EditConflict<Snapshot = unknown> {
  current: Snapshot;
  currentVersion: number;
}

/**
 * One thing wrong with a request's body or query: where (a dotted path) and what. A schema's issue is
 * kept as it is, so an API can say it in English and a form in the reader's language.
 */
export interface RequestIssue {
  path: string;
  issue: z.core.$ZodIssue | string;
}

export interface AppErrorOptions<Snapshot = unknown> {
  /** The form field or body path the refusal belongs to: "slug", "relations.2.target", "mentions.0.entrySlug". */
  field?: string;
  /** EDIT_CONFLICT: what is there now, so the person can decide again without asking twice. */
  conflict?: EditConflict<Snapshot>;
  /** INVALID_REQUEST: every issue found, and whether they are in the body or the query. */
  issues?: RequestIssue[];
  where?: "body" | "query";
  /** METHOD_NOT_ALLOWED: the methods the address takes, as the Allow header lists them ("GET, HEAD, OPTIONS"). */
  allow?: string;
  cause?: unknown;
}

/**
 * The one error the application throws on purpose, from the data layer, the permission check or a
 * route. Given as a message key, its `message` is the English the APIs answer and `localized` lets a
 * form say it in the reader's language. It becomes an HTTP answer in problemFromError and form state
 * in formStateFromError (lib/errors/); anything else thrown is a bug and stays a 500.
 */
export class AppError<Snapshot = unknown> extends Error {
  readonly localized?: LocalizedMessage;
  readonly field?: string;
  readonly conflict?: EditConflict<Snapshot>;
  readonly issues?: RequestIssue[];
  readonly where?: "body" | "query";
  readonly allow?: string;

  constructor(
    readonly code: AppErrorCode,
    message: string | LocalizedMessage = ERROR_DETAIL[code] ?? ERROR_TITLE[code],
    options: AppErrorOptions<Snapshot> = {},
  ) {
    super(typeof message === "string" ? message : englishValidation(message.key, message.params), { cause: options.cause });
    this.name = "AppError";
    if (typeof message !== "string") this.localized = message;
    this.field = options.field;
    this.conflict = options.conflict;
    this.issues = options.issues;
    this.where = options.where;
    this.allow = options.allow;
  }

  /** The HTTP status this refusal is answered with (lib/errors/error-codes.ts). */
  get status(): number {
    return ERROR_STATUS[answeredAs(this)];
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
