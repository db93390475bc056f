import { authorizedRoute } from "@/lib/auth/authorized";
import { staffOpenApiDocument } from "@/lib/openapi/staff-openapi-document";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the staff API's record edits, for those who may edit. */
export const GET = authorizedRoute("entries.edit", async () =>
  Response.json(staffOpenApiDocument(), { headers: { "Cache-Control": "private, no-store" } }),
);
