import type { ZodError } from "zod";
import { AppError } from "./app-error";

const DETAIL = {
  body: "One or more fields of the request body are not valid.",
  query: "One or more query parameters are not valid.",
};

/**
 * A schema's refusal of a request as an AppError (400) that says whether the body or the query was
 * wrong and lists every issue by path. `rename` maps a schema path to the name the client used
 * (a form field such as "caption_en").
 */
export function invalidRequest(error: ZodError, where: "body" | "query", rename: (path: PropertyKey[]) => string = defaultPath): AppError {
  return new AppError("INVALID_REQUEST", DETAIL[where], {
    where,
    issues: error.issues.map((issue) => ({ path: rename(issue.path), issue })),
    cause: error,
  });
}

function defaultPath(path: PropertyKey[]): string {
  return path.map(String).join(".");
}
