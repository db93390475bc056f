import { unstable_rethrow } from "next/navigation";
import { asAppError } from "@/lib/errors/as-app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { internalErrorProblem } from "./internal-error-problem";

/**
 * What a route handler answers for whatever it threw: a refusal (an AppError, a database that cannot
 * take the write now) as its problem document, anything else logged with its stack and answered as a
 * 500 problem document that names only the request id. Next.js's own signals (notFound, redirect) go
 * on to Next.js.
 */
export function routeErrorResponse(error: unknown, request: Request): Response {
  unstable_rethrow(error);
  return asAppError(error) ? problemFromError(error) : internalErrorProblem(error, request);
}
