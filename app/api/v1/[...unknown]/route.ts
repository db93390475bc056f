import { AppError } from "@/lib/errors/app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";

/**
 * An address under /api/v1 that no route serves: a 404 problem document, whatever the method, where
 * Next.js would answer its HTML page. (A served address with a method its route does not take is
 * answered 405 by the proxy: lib/http/method-not-allowed.ts.)
 */
function noSuchAddress(): Response {
  return problemFromError(new AppError("NOT_FOUND", "The API serves no such address. Its addresses are listed in /api/v1/openapi.json."));
}

export const GET = noSuchAddress;
export const POST = noSuchAddress;
export const PUT = noSuchAddress;
export const PATCH = noSuchAddress;
export const DELETE = noSuchAddress;
export const OPTIONS = noSuchAddress;
