"use server";

import { authorizedAction } from "@/lib/auth/authorized";
import { approvePendingRevision } from "@/lib/data/publishing/approve-pending-revision";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { decideProposal, proposalFormSchema } from "./decide-proposal";

/** A curator makes an editor's proposed change to published work live, from the review queue. */
export const approveProposalAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const { type, slug, ...proposal } = proposalFormSchema.parse(Object.fromEntries(form));
  await decideProposal({ type, slug }, "approved", () => approvePendingRevision(PUBLISHABLE_TYPES[type], { ...proposal, actor: user }));
});
