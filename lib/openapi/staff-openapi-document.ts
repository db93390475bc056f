import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { env } from "@/lib/env";
import type { OpenApiDocument } from "./openapi-document";
import { registerImportDraftPaths } from "./paths/import-draft-paths";
import { registerImportUploadPaths } from "./paths/import-upload-paths";
import { registerStaffRecordPaths } from "./paths/staff-record-paths";

function build(): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  registerStaffRecordPaths(registry);
  registerImportUploadPaths(registry);
  registerImportDraftPaths(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Memorial Map & Timeline: staff API",
      version: "1",
      description:
        "Writes for members of staff, with the session cookie of a signed-in account (sign in first) and the same permission checks as the staff pages; a write from another site's page is refused. Errors are RFC 9457 problem details. docs/admin-api.md describes the rest of /api/v1/admin.",
    },
    servers: [{ url: env.PUBLIC_BASE_URL.replace(/\/$/, "") }],
    tags: [
      { name: "Editing", description: "Changes to entries and articles, live or proposed for review." },
      { name: "Imports", description: "Starting an import, and what a finished import created, sent for review or published in one step." },
    ],
  });
}

let built: OpenApiDocument | undefined;

/** The staff API's description, apart from the public one (which is read-only and needs no account); generated once per process. */
export function staffOpenApiDocument(): OpenApiDocument {
  built ??= build();
  return built;
}
