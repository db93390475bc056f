import type { ZodError } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { problemFromError } from "@/lib/errors/problem-from-error";

/*
 * Shorthands for the public routes, which answer before any data-layer call: each is the one error
 * path (lib/errors/) with the AppError written out for them.
 */

/** 400 for query parameters (or path segments) that fail their schema. */
export function validationProblem(error: ZodError): Response {
  return problemFromError(invalidRequest(error, "query"));
}

export function notFoundProblem(detail: string): Response {
  return problemFromError(new AppError("NOT_FOUND", detail));
}

/** 400 for a path that no schema parses (a map tile outside its pyramid), with what was expected. */
export function badRequestProblem(detail: string): Response {
  return problemFromError(new AppError("INVALID_REQUEST", detail));
}
