"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { declinePendingRevision } from "@/lib/data/publishing/decline-pending-revision";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { decideProposal, proposalFormSchema } from "./decide-proposal";

const reasonSchema = z.string().trim().min(1).max(2000);

/** A curator declines an editor's proposed change with a reason the editor sees, from the review queue. */
export const declineProposalAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const { type, slug, ...proposal } = proposalFormSchema.parse(Object.fromEntries(form));
  const reason = reasonSchema.safeParse(form.get("reason"));
  // The field is required in the form; a reason missing all the same is asked for, not an error.
  if (!reason.success) redirect(`/${await getLocale()}/admin/review?${new URLSearchParams({ reasonMissing: slug })}`);
  await decideProposal({ type, slug }, "declinedDone", () =>
    declinePendingRevision(PUBLISHABLE_TYPES[type], { ...proposal, reason: reason.data, actor: user }),
  );
});
