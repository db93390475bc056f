import { z } from "zod";
import { getOwnPendingRevision } from "@/lib/data/publishing/get-own-pending-revision";
import type { AnyPublishableType } from "@/lib/data/publishing/publishable-type";

/** What the admin API answers (202) when a save is kept as the person's proposal: the OpenAPI document describes it from here. */
export const proposalAcceptedSchema = z
  .object({
    outcome: z.literal("proposed"),
    detail: z.string().meta({ description: "What became of the change, in English." }),
    version: z
      .number()
      .int()
      .meta({ description: "The published version, unchanged: send it as `expectedVersion` to change the proposal." }),
    proposal: z.object({
      status: z.literal("pending").meta({ description: "Waiting for a curator's review." }),
      baseVersion: z
        .number()
        .int()
        .meta({ description: "The version it was made against: a curator cannot approve it once the record moved on." }),
      proposedAt: z.iso
        .datetime()
        .nullable()
        .meta({ description: "Its last save; null only when a curator decided on it in the same moment." }),
      editor: z.string().meta({
        description: "The staff page that opens the record on the proposal (after the site's language, e.g. /en/admin/entries/<slug>).",
      }),
      review: z.string().meta({ description: "The review queue where curators approve or decline it." }),
    }),
  })
  .meta({
    id: "ProposalAccepted",
    description: "A change to published work kept as the caller's proposal; the published record is unchanged.",
  });

export type ProposalAccepted = z.infer<typeof proposalAcceptedSchema>;

/** The 202 for an edit of the record at `/admin/<kind>/<slug>` that saveRecordEdit kept as `actor`'s proposal. */
export async function proposalAccepted(
  type: AnyPublishableType,
  input: { id: string; expectedVersion: number; actor: { id: string } },
  slug: string,
): Promise<Response> {
  // Null only when a curator decided on it in the moment since.
  const own = await getOwnPendingRevision(type, input.id, input.actor.id);
  const body: ProposalAccepted = {
    outcome: "proposed",
    detail: `This ${type.name} is published: your change is kept as your proposal until a curator reviews it, and the published ${type.name} stays as it is until then. Saving again replaces your proposal.`,
    version: input.expectedVersion,
    proposal: {
      status: "pending",
      baseVersion: input.expectedVersion,
      proposedAt: own ? own.updatedAt.toISOString() : null,
      editor: `/admin/${type.path}/${slug}`,
      review: "/admin/review",
    },
  };
  return Response.json(body, { status: 202 });
}
