import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { proposalAcceptedSchema } from "@/lib/http/proposal-accepted";
import { problemSchema } from "@/lib/open-data/schemas/problem-schema";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { tourEditSchema } from "@/lib/validation/tour";
import { problem } from "../responses";

const savedSchema = z
  .object({ version: z.number().int().meta({ description: "The record's new version: send it as `expectedVersion` next time." }) })
  .meta({ id: "Saved", description: "The change is live." });

const editConflictSchema = problemSchema
  .extend({
    currentVersion: z.number().int().meta({ description: "The version saved since." }),
    current: z.unknown().meta({ description: "The record as it is now, in the shape GET answers." }),
  })
  .meta({ id: "EditConflict", description: "Someone saved the record after `expectedVersion`: nothing was changed." });

const RECORDS = [
  { name: "entry", a: "an entry", path: "entries", edit: entryEditSchema, example: "rzhev-memorial", proposer: "an editor" },
  {
    name: "article",
    a: "an article",
    path: "articles",
    edit: articleEditSchema,
    example: "rzhev-memorial-central-figure-installation-begins",
    proposer: "an editor",
  },
  { name: "tour", a: "a tour", path: "tours", edit: tourEditSchema, example: "from-rzhev-to-the-great-memorials", proposer: "its teacher" },
] as const;

/** Saving an entry, an article or a tour as its editor form does: live, or, for a change to published work by someone who may not publish, a proposal for review. */
export function registerStaffRecordPaths(registry: OpenAPIRegistry): void {
  for (const record of RECORDS) {
    registry.registerPath({
      method: "put",
      path: `/api/v1/admin/${record.path}/{slug}`,
      tags: ["Editing"],
      summary: `Save a change to ${record.a}`,
      description: `The whole ${record.name} as its editor form sends it, made against \`expectedVersion\` (the version GET answered). A curator's change, and ${record.proposer}'s to a draft or a record in review, goes live (200). A change by ${record.proposer} to a published ${record.name} is kept as their proposal for a curator to review in the review queue (202): the published ${record.name} stays as it is until a curator approves it, and saving again replaces the proposal.`,
      request: {
        params: z.object({
          slug: z.string().meta({ param: { description: `The ${record.name}'s slug as it is now.`, example: record.example } }),
        }),
        body: {
          required: true,
          content: {
            "application/json": {
              schema: z.object({ expectedVersion: z.number().int().min(1), [record.name]: record.edit }),
            },
          },
        },
      },
      responses: {
        200: { description: "Saved: the change is live.", content: { "application/json": { schema: savedSchema } } },
        202: {
          description: `Accepted for review: a change by ${record.proposer} to a published ${record.name}, kept as their proposal. The published ${record.name} is unchanged.`,
          content: { "application/json": { schema: proposalAcceptedSchema } },
        },
        400: problem("The body is not JSON or fails the editor's schema: `errors` lists each value at fault."),
        401: problem("Nobody is signed in."),
        403: problem("The role may not edit, or the record is archived (curators only)."),
        404: problem(`No ${record.name} has this slug.`),
        409: {
          description: "Someone saved the record after `expectedVersion`: nothing changed.",
          content: { "application/problem+json": { schema: editConflictSchema } },
        },
        413: problem("The body is larger than the API reads."),
        415: problem("The body is not sent as application/json."),
        422: problem("Well formed but not acceptable: a slug taken, a linked entry that does not exist (`errors[].path`)."),
      },
    });
  }
}
