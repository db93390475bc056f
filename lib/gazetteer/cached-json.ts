/**
 * A JSON answer that changes only when the packaged data or the way it is cut changes: an ETag
 * naming both, so a browser revalidates once a day and gets 304 with no body while they stand.
 */
export function cachedJson(request: Request, etag: string, body: () => unknown): Response {
  const headers = { ETag: etag, "Cache-Control": "public, max-age=86400" };
  const sent = request.headers.get("if-none-match");
  if (sent?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return Response.json(body(), { headers });
}
