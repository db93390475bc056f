import { randomUUID } from "node:crypto";

/**
 * The header that carries each request's id. scripts/serve.ts makes one for every request, replacing
 * any the client sent (a client could otherwise make its errors look like someone else's), and sends
 * it back on the response; the error log and the error pages quote it.
 */
export const REQUEST_ID_HEADER = "x-request-id";

export function newRequestId(): string {
  return randomUUID();
}

/** The id scripts/serve.ts gave the request, from its headers (a Fetch Headers object or Node's own). */
export function requestIdOf(headers: Headers | NodeJS.Dict<string | string[]>): string | undefined {
  const value = headers instanceof Headers ? headers.get(REQUEST_ID_HEADER) : headers[REQUEST_ID_HEADER];
  return (Array.isArray(value) ? value[0] : value) ?? undefined;
}
