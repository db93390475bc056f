/** A method a route handler may export. */
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";

/**
 * Every route handler under app/api/v1 and the methods its file exports, for the proxy to answer a
 * method no handler takes with a 405 problem document and its Allow header (Next.js answers an empty
 * 405 without one). tests/unit/api-addresses.test.ts keeps this equal to the files: a route or a
 * method added there fails it until it is added here.
 */
export const API_ROUTE_METHODS: Readonly<Record<string, readonly HttpMethod[]>> = {
  "/api/v1/admin/articles": ["POST"],
  "/api/v1/admin/articles/[slug]": ["GET", "PUT", "DELETE"],
  "/api/v1/admin/articles/[slug]/status": ["POST"],
  "/api/v1/admin/article-imports/analyze": ["POST"],
  "/api/v1/admin/article-imports/docx": ["POST"],
  "/api/v1/admin/entries": ["POST"],
  "/api/v1/admin/entries/[slug]": ["GET", "PUT"],
  "/api/v1/admin/entry-options": ["GET"],
  "/api/v1/admin/imports": ["POST"],
  "/api/v1/admin/imports/[id]": ["GET"],
  "/api/v1/admin/imports/[id]/cancel": ["POST"],
  "/api/v1/admin/imports/[id]/publish-drafts": ["POST"],
  "/api/v1/admin/imports/[id]/submit-drafts": ["POST"],
  "/api/v1/admin/media": ["POST"],
  "/api/v1/admin/media/[id]": ["PATCH", "DELETE"],
  "/api/v1/admin/openapi.json": ["GET"],
  "/api/v1/admin/slugs": ["GET"],
  "/api/v1/admin/source-options": ["GET"],
  "/api/v1/admin/tours": ["GET", "POST"],
  "/api/v1/admin/tours/[slug]": ["GET", "PUT", "DELETE"],
  "/api/v1/admin/tours/[slug]/status": ["POST"],
  "/api/v1/admin/tours/choices": ["GET"],
  "/api/v1/admin/users": ["POST"],
  "/api/v1/admin/users/[id]": ["GET", "PATCH"],
  "/api/v1/admin/users/[id]/sessions": ["DELETE"],
  "/api/v1/articles": ["GET"],
  "/api/v1/articles/[slug]": ["GET"],
  "/api/v1/entries": ["GET"],
  "/api/v1/entries/[slug]": ["GET"],
  "/api/v1/entry-options": ["GET"],
  "/api/v1/export/[file]": ["GET"],
  "/api/v1/openapi.json": ["GET"],
  "/api/v1/places": ["GET"],
  "/api/v1/places/check": ["GET"],
  "/api/v1/relations": ["GET"],
  "/api/v1/search": ["GET"],
  "/api/v1/short-links": ["POST"],
  "/api/v1/tours": ["GET"],
  "/api/v1/tours/[slug]": ["GET"],
  "/api/v1/viewport": ["GET"],
};

const isParameter = (segment: string) => segment.startsWith("[") && segment.endsWith("]");

/** The table's addresses as segments, those with more fixed segments first at the first place they differ, as Next.js prefers them. */
const ROUTES = Object.entries(API_ROUTE_METHODS)
  .map(([address, methods]) => ({ segments: address.split("/").slice(1), methods }))
  .sort((a, b) => {
    for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
      const order = Number(isParameter(a.segments[i]!)) - Number(isParameter(b.segments[i]!));
      if (order !== 0) return order;
    }
    return 0;
  });

/** The methods the route handler serving `pathname` (still percent-encoded) exports, or undefined when no handler serves it. */
export function allowedMethods(pathname: string): readonly HttpMethod[] | undefined {
  const segments = pathname.split("/").slice(1);
  const route = ROUTES.find(
    (candidate) =>
      candidate.segments.length === segments.length &&
      candidate.segments.every((segment, i) => (isParameter(segment) ? segments[i] !== "" : segment === segments[i])),
  );
  return route?.methods;
}
