import { logger } from "./logger";

export interface ServerErrorContext {
  requestId?: string;
  method?: string;
  /** The route as the app names it ("/[locale]/entries/[slug]"), or the path when there is none. */
  route?: string;
  path?: string;
  /** What the browser was given to quote instead of the error (Next.js's digest of a render error). */
  digest?: string;
}

// Next.js may report one render error twice (the server components and the HTML render): once is enough.
const logged = new Set<string>();
const REMEMBERED = 1000;

/**
 * Logs an error that became a 5xx, once, as one JSON line: the request id, route, the error's name,
 * message and stack. The stack and message go to the log only; what the visitor sees is the id.
 */
export function logServerError(error: unknown, context: ServerErrorContext): void {
  const seen = context.digest && context.requestId ? `${context.requestId} ${context.digest}` : undefined;
  if (seen) {
    if (logged.has(seen)) return;
    logged.add(seen);
    if (logged.size > REMEMBERED) logged.delete(logged.values().next().value!);
  }
  const err = error instanceof Error ? error : new Error(String(error));
  logger.error({ ...context, err: { name: err.name, message: err.message, stack: err.stack } }, "request failed");
}
