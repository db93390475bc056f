/** RFC 9457 problem body for a record that is not published (or not there), as every public route answers it. */
export function notFoundResponse(detail: string): Response {
  return Response.json(
    { type: "about:blank", title: "Not found", status: 404, detail },
    { status: 404, headers: { "Content-Type": "application/problem+json" } },
  );
}
