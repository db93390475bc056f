import { AppError } from "@/lib/errors/app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";

/**
 * The answer to an address under /api that no route serves, whatever the method: a 404 problem
 * document, where Next.js would answer its HTML page. Given by the catch-all route
 * (app/api/[[...unknown]]) and, for a path with a dot segment, by scripts/serve.ts.
 */
export function noSuchApiAddress(): Response {
  return problemFromError(new AppError("NOT_FOUND", "The API serves no such address. Its addresses are listed in /api/v1/openapi.json."));
}

/**
 * Whether a path (still percent-encoded) has a dot segment, written out or encoded (`..`, `%2e%2e`,
 * `.`): Next.js resolves those before it routes, so `/api/v1/%2e%2e/%2e%2e/etc` would be answered as
 * the page `/etc`. No address of the API has one.
 */
export function hasDotSegment(path: string): boolean {
  return path.split(/[/\\]/).some((segment) => {
    try {
      const decoded = decodeURIComponent(segment);
      return decoded === "." || decoded === "..";
    } catch {
      return false;
    }
  });
}
