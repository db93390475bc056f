import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { problem } from "../responses";

const movedSchema = z
  .object({
    changed: z.number().int().min(0).meta({ description: "How many entries this request moved: 0 when run again." }),
    counts: z
      .object(Object.fromEntries(PUBLICATION_STATUSES.map((status) => [status, z.number().int().min(0)])))
      .meta({ description: "The entries the import created, by status now (deleted ones are not counted)." }),
  })
  .meta({ id: "ImportDraftsMoved" });

const MOVES = [
  {
    verb: "submit-drafts",
    summary: "Send an import's drafts for review",
    description:
      "Every entry the import created that is still a draft goes to the review queue, as “Send all to review” on the import's page does: each with its status revision and audit line, a few hundred per transaction. Entries changed since are taken by their status now and never moved back; rows flagged as possible duplicates were never created. Running it again changes nothing.",
    role: "The role may not send entries for review.",
  },
  {
    verb: "publish-drafts",
    summary: "Publish an import's drafts and entries in review",
    description:
      "Curators: every entry the import created that is still a draft or in review is published at once, as “Publish all” on the import's page does: each with its status revision and audit line, a few hundred per transaction. Entries published, archived or deleted since are left as they are; rows flagged as possible duplicates were never created. Running it again changes nothing.",
    role: "Only curators and admins may publish.",
  },
] as const;

/** The bulk moves of a finished import's new entries (app/api/v1/admin/imports/[id]/submit-drafts and publish-drafts). */
export function registerImportDraftPaths(registry: OpenAPIRegistry): void {
  for (const move of MOVES) {
    registry.registerPath({
      method: "post",
      path: `/api/v1/admin/imports/{id}/${move.verb}`,
      tags: ["Imports"],
      summary: move.summary,
      description: move.description,
      request: {
        params: z.object({
          id: z.string().meta({ param: { description: "The import's id, as POST /api/v1/admin/imports answered it." } }),
        }),
      },
      responses: {
        200: { description: "Done: how many moved, and the counts now.", content: { "application/json": { schema: movedSchema } } },
        401: problem("Nobody is signed in."),
        403: problem(move.role),
        404: problem("No import has this id."),
        409: problem("The import has not finished yet."),
        422: problem("The import was a dry run: it wrote no entries."),
      },
    });
  }
}
