import { openApiDocument } from "@/lib/openapi/openapi-document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the public API, generated from the routes' zod schemas. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
