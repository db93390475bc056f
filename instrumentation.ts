import type { Instrumentation } from "next";

/**
 * Every error a page, route handler, server action or the proxy did not handle (a 500) is logged
 * once as a JSON line with the request's id (lib/log/), the route and the stack. The visitor sees
 * only the id (app/[locale]/error.tsx).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logServerError }, { requestIdOf }] = await Promise.all([import("@/lib/log/log-server-error"), import("@/lib/log/request-id")]);
  const digest = (error as { digest?: unknown } | null)?.digest;
  logServerError(error, {
    requestId: requestIdOf(request.headers),
    method: request.method,
    route: context.routePath,
    path: request.path,
    digest: typeof digest === "string" ? digest : undefined,
  });
};
