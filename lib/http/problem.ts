import type { ZodError } from "zod";

/** RFC 9457 problem details: the one error shape every API route returns. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

export function problemResponse(problem: Omit<Problem, "type"> & { type?: string }): Response {
  return Response.json(
    { type: "about:blank", ...problem },
    { status: problem.status, headers: { "Content-Type": "application/problem+json" } },
  );
}

export function validationProblem(error: ZodError): Response {
  return problemResponse({
    status: 400,
    title: "Invalid request",
    detail: "One or more query parameters are not valid.",
    errors: error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  });
}

export function notFoundProblem(detail: string): Response {
  return problemResponse({ status: 404, title: "Not found", detail });
}
