import { AppError } from "@/lib/errors/app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { allowedMethods } from "./api-route-methods";

/**
 * The 405 problem document, with Allow, for a request to an API address whose handler does not take
 * its method; undefined when it does, or when no handler serves the address (the catch-all route
 * answers that 404). HEAD is served wherever GET is, OPTIONS everywhere, as Next.js does. Asked by
 * scripts/serve.ts for every request, before Next.js sees it (Next.js answers an empty 405), and by
 * the proxy for those without a body (under a bare `next start` or `next dev`).
 */
export function methodNotAllowed(request: Pick<Request, "method" | "url">): Response | undefined {
  const { pathname } = new URL(request.url);
  const methods = allowedMethods(pathname);
  if (!methods || request.method === "OPTIONS") return undefined;
  const allow = new Set<string>([...methods, "OPTIONS"]);
  if (allow.has("GET")) allow.add("HEAD");
  if (allow.has(request.method)) return undefined;
  const listed = [...allow].sort().join(", ");
  return problemFromError(
    new AppError("METHOD_NOT_ALLOWED", `${request.method} is not a method this address takes: ${listed}.`, { allow: listed }),
  );
}
