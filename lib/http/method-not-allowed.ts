import type { NextRequest } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { allowedMethods } from "./api-route-methods";

/**
 * The 405 problem document, with Allow, for a request to an API address whose handler does not take
 * its method; undefined when it does, or when no handler serves the address (the catch-all route
 * answers that 404). HEAD is served wherever GET is, OPTIONS everywhere, as Next.js does.
 */
export function methodNotAllowed(request: NextRequest): Response | undefined {
  const { pathname } = request.nextUrl;
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
