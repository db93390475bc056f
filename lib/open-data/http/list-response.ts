import type { ZodType } from "zod";
import { contentStamp } from "@/lib/data/open-data/content-stamp";
import { validationProblem } from "@/lib/http/problem";
import { absoluteUrl } from "@/lib/site-url";
import { type CursorList, encodeCursor, wantsGeoJson } from "../queries/paging";
import { CACHE_CONTROL, canonicalParams, clientHasCurrent, notModified, versionedEtag } from "./versioned-response";

/** What a list route reads for one page: the body in each format it has, given the next page's address. */
export interface ListPage {
  nextAfter: string | null;
  json(next: string | null): unknown;
  /** For records with a place. */
  geojson?(next: string | null): unknown;
}

const VARY = { Vary: "Accept" };

/**
 * A public list, a page at a time: parameters checked by the route's schema (400 with each problem),
 * an ETag from the content stamp and the query read before anything else (304 without reading a
 * page), the next page's address in the body and in a Link header. `read` may answer a Response
 * itself (a 404 for an unknown entry).
 */
export async function listResponse<Q extends object>(
  request: Request,
  options: { list: CursorList; schema: ZodType<Q>; geojson: boolean; read(query: Q): Promise<ListPage | Response> },
): Promise<Response> {
  const url = new URL(request.url);
  const parsed = options.schema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const geo = options.geojson && wantsGeoJson(request, (parsed.data as { format?: "json" | "geojson" }).format);
  const etag = versionedEtag(await contentStamp(), url.pathname, geo ? "geojson" : "json", canonicalParams(url.searchParams));
  if (clientHasCurrent(request, etag)) return notModified(etag, VARY);

  const page = await options.read(parsed.data);
  if (page instanceof Response) return page;
  let next: string | null = null;
  if (page.nextAfter !== null) {
    const params = new URLSearchParams(url.searchParams);
    params.set("cursor", encodeCursor(options.list, page.nextAfter));
    next = absoluteUrl(`${url.pathname}?${params}`);
  }
  return Response.json(geo && page.geojson ? page.geojson(next) : page.json(next), {
    headers: {
      "Content-Type": geo ? "application/geo+json" : "application/json",
      "Cache-Control": CACHE_CONTROL,
      ETag: etag,
      ...VARY,
      ...(next ? { Link: `<${next}>; rel="next"` } : {}),
    },
  });
}

/** One record: its ETag is the collection version and a hash of the answer, since a record carries parts (images) no stamp covers. */
export async function recordResponse(request: Request, body: unknown, contentType: string): Promise<Response> {
  const text = JSON.stringify(body);
  const etag = versionedEtag(await contentStamp(), text);
  if (clientHasCurrent(request, etag)) return notModified(etag, VARY);
  return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": CACHE_CONTROL, ETag: etag, ...VARY } });
}
