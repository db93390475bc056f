import { ZodError } from "zod";
import { AppError } from "@/lib/data/errors";
import { asDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { notFoundProblem, problemResponse } from "@/lib/http/problem";
import { MEDIA_ERROR_STATUS, MediaError } from "@/lib/media/process-image";
import { englishValidation } from "@/lib/validation/english-messages";
import { mediaFieldErrors } from "@/lib/validation/media";

export const MEDIA_STATUS_TITLES: Record<number, string> = {
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
};

/** 400 with per-field errors; paths are the form's field names. */
export function invalidMediaFields(errors: { path: string; message: string }[]): Response {
  return problemResponse({ status: 400, title: "Invalid request", detail: "One or more fields are not valid.", errors });
}

/**
 * The problem document for a refused image write: 400 for fields, 413/415/422 for the file, 404 when
 * the image or its owner is gone, 422 when the role may not change published work (as for entries and
 * articles), 503 when the database cannot take the write now (nothing was saved; try again).
 * Anything else is a bug and is rethrown.
 */
export function mediaWriteProblem(error: unknown): Response {
  if (error instanceof MediaError) {
    const status = MEDIA_ERROR_STATUS[error.code];
    return problemResponse({
      status,
      title: MEDIA_STATUS_TITLES[status] ?? "Refused",
      detail: error.message,
      errors: [{ path: "file", message: error.message }],
    });
  }
  if (error instanceof ZodError) return invalidMediaFields(mediaFieldErrors(error, englishValidation));
  if (error instanceof AppError) {
    return error.code === "NOT_FOUND"
      ? notFoundProblem(error.message)
      : problemResponse({ status: 422, title: "Not saved", detail: error.message });
  }
  const unavailable = asDatabaseUnavailable(error);
  if (unavailable) {
    const response = problemResponse({ status: 503, title: "Service Unavailable", detail: unavailable.message });
    response.headers.set("Retry-After", "5");
    return response;
  }
  throw error;
}
