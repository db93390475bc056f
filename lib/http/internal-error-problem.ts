import type { Problem } from "@/lib/errors/problem-from-error";
import { logServerError } from "@/lib/log/log-server-error";
import { requestIdOf } from "@/lib/log/request-id";

/** A 500 problem document names the request it failed, so an administrator can find it in the log. */
export interface InternalErrorProblem extends Omit<Problem, "type" | "title"> {
  type: "about:blank";
  title: "Internal Server Error";
  requestId?: string;
}

/**
 * A route's answer to an error that is not a refusal (a bug, a broken row): logged once with its stack
 * (lib/log/), answered as a 500 problem document that says nothing about it but the request id.
 */
export function internalErrorProblem(error: unknown, request: Request): Response {
  const requestId = requestIdOf(request.headers);
  logServerError(error, { requestId, method: request.method, path: new URL(request.url).pathname });
  const problem: InternalErrorProblem = {
    type: "about:blank",
    title: "Internal Server Error",
    status: 500,
    detail: requestId
      ? `Something went wrong on the server. Quote the request id ${requestId} when you report it.`
      : "Something went wrong on the server.",
    requestId,
  };
  return Response.json(problem, { status: 500, headers: { "Content-Type": "application/problem+json" } });
}
