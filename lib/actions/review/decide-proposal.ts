import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { PUBLISHABLE_NAMES, PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { isAppError } from "@/lib/errors/app-error";

/** The hidden fields of a decision on a proposed change: its record's kind and slug, the proposal, and its last save as the curator saw it. */
export const proposalFormSchema = z.object({
  type: z.enum(PUBLISHABLE_NAMES),
  slug: z.string().min(1),
  pendingId: z.string().min(1),
  seenAt: z.coerce.date(),
});

/**
 * Makes a curator's decision on a proposed change and goes back to the queue saying what became of it.
 * A proposal changed, decided or made stale meanwhile changes nothing, and the queue says so.
 */
export async function decideProposal(
  { type, slug }: Pick<z.infer<typeof proposalFormSchema>, "type" | "slug">,
  outcome: "approved" | "declinedDone",
  decide: () => Promise<unknown>,
): Promise<never> {
  let said: string = outcome;
  try {
    await decide();
  } catch (error) {
    if (!isAppError(error) || error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED") throw error;
    said = "proposalStale";
  }
  revalidatePath("/[locale]/admin", "layout");
  revalidatePath(`/[locale]/${PUBLISHABLE_TYPES[type].path}/[slug]`, "page");
  redirect(`/${await getLocale()}/admin/review?${new URLSearchParams({ [said]: slug })}`);
}
