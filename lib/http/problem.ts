import type { ZodError } from "zod";
import { englishValidation } from "@/lib/validation/english-messages";
import { keyedIssueText } from "@/lib/validation/messages";

/** RFC 9457 problem details: the one error shape every API route returns. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

const PROBLEM_HEADERS = { "Content-Type": "application/problem+json" };

export function problemResponse(problem: Omit<Problem, "type"> & { type?: string }): Response {
  return Response.json({ type: "about:blank", ...problem }, { status: problem.status, headers: PROBLEM_HEADERS });
}

/** API clients read one language: the schemas' message keys come out in English. */
export function validationProblem(error: ZodError): Response {
  return problemResponse({
    status: 400,
    title: "Invalid request",
    detail: "One or more query parameters are not valid.",
    errors: error.issues.map((issue) => ({ path: issue.path.join("."), message: keyedIssueText(issue, englishValidation) })),
  });
}

export function notFoundProblem(detail: string): Response {
  return problemResponse({ status: 404, title: "Not found", detail });
}

/**
 * 409 for a write based on a version someone else has since replaced. It carries the record as it is
 * now (extension members `currentVersion` and `current`) so the client can show what changed and let
 * the person decide again without a second request.
 */
export function editConflictProblem(conflict: { message: string; currentVersion: number; current: unknown }): Response {
  return Response.json(
    {
      type: "about:blank",
      title: "Edit conflict",
      status: 409,
      detail: conflict.message,
      currentVersion: conflict.currentVersion,
      current: conflict.current,
    },
    { status: 409, headers: PROBLEM_HEADERS },
  );
}
