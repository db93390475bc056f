import { createHash } from "node:crypto";

/** Clients and proxies may keep an answer but must ask again each time: a 304 costs one small query. */
export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * A strong ETag for one answer at one state of the collection: the collection version (readable
 * in the tag) and a hash of everything else the answer depends on.
 */
export function versionedEtag(content: { version: number; stamp: string }, ...parts: string[]): string {
  const hash = createHash("sha256")
    .update([content.stamp, ...parts].join("\n"))
    .digest("base64url")
    .slice(0, 22);
  return `"v${content.version}-${hash}"`;
}

/** The query string in a fixed order, so the same question asked in another order has the same ETag. */
export function canonicalParams(params: URLSearchParams): string {
  return [...params]
    .sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/** If-None-Match names this tag (weakly or strongly, or "*"). */
export function clientHasCurrent(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}

export function notModified(etag: string, extra: Record<string, string> = {}): Response {
  return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": CACHE_CONTROL, ...extra } });
}
