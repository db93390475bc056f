import type { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { validationProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";
import {
  type CachedBody,
  cachedBody,
  collectionVersion,
  parseViewportQuery,
  queryViewport,
  storeBody,
  whileAnswering,
} from "@/lib/viewport";

export const dynamic = "force-dynamic";

const CACHE_CONTROL = "public, max-age=0, must-revalidate";
/**
 * Search, themes and comparable links read tables whose changes need not touch an entry row, so
 * the collection version does not cover them: those answers are computed every time.
 */
const UNVERSIONED_PARAMS = ["q", "tags", "comparable"];

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

function versionedResponse(request: NextRequest, body: CachedBody): Response {
  const headers = { "Cache-Control": CACHE_CONTROL, ETag: body.etag };
  if (matches(request.headers.get("if-none-match"), body.etag)) return new Response(null, { status: 304, headers });
  return new Response(body.json, { headers: { ...headers, "Content-Type": "application/json" } });
}

/**
 * Published entries in a bounding box and time window: the one feed for the map, the timeline and the list.
 * Counted as activity even when answered from the cache, so the summary read-ahead keeps out of the way of a
 * stream of cached answers too.
 */
export const GET = publicRoute((request: NextRequest): Promise<Response> => {
  return whileAnswering(() => answer(request));
});

async function answer(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const versioned = !UNVERSIONED_PARAMS.some((name) => params.has(name));
  // Read before the query, so an answer is never stored under a version newer than its data.
  const version = versioned ? await collectionVersion() : null;
  const database = env.DATABASE_URL;
  const parsed = parseViewportQuery(params);
  if (!parsed.success) return validationProblem(parsed.error);
  const cached = version === null ? null : cachedBody(database, version, parsed.key);
  if (cached) return versionedResponse(request, cached);
  const result = await queryViewport(parsed.query, version ?? undefined);
  if (version === null) return Response.json(result, { headers: { "Cache-Control": CACHE_CONTROL } });
  return versionedResponse(request, storeBody(database, version, parsed.key, result));
}
