import type { ZodError } from "zod";
import { processSingleton } from "@/lib/process-singleton";
import { type ViewportQuery, viewportQuerySchema } from "@/lib/validation/viewport";
import { canonicalQuery } from "./response-cache";

export type ParsedViewportQuery = { success: true; query: ViewportQuery; key: string } | { success: false; error: ZodError };

/** Distinct query strings remembered: the views a few hundred visitors look at; past that the oldest go. */
const MAX_REMEMBERED = 4000;

const remembered = processSingleton("viewport.parses", () => new Map<string, ParsedViewportQuery & { success: true }>());

/**
 * The route's parse of its query string and the answer cache's key for it, remembered per string:
 * the schema (EDTF dates through a grammar) costs about as much as sending a cached answer. The parse depends on the string alone, so a remembered one is the same as a new one;
 * only valid queries are kept, so malformed strings cannot crowd out the app's own. The parsed query
 * is shared between requests: callers must not change it.
 */
export function parseViewportQuery(params: URLSearchParams): ParsedViewportQuery {
  const text = params.toString();
  const known = remembered.get(text);
  if (known) return known;
  const parsed = viewportQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return { success: false, error: parsed.error };
  const result = { success: true as const, query: parsed.data, key: canonicalQuery(parsed.data) };
  remembered.set(text, result);
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  return result;
}
