"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { PUBLISHABLE_NAMES, PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { decideReviewItem } from "@/lib/data/review/decide-review-item";

const decisionSchema = z.object({
  type: z.enum(PUBLISHABLE_NAMES),
  id: z.string().min(1),
  slug: z.string().min(1),
  expectedVersion: z.coerce.number().int(),
  to: z.enum(["published", "draft"]),
  reason: z.string().max(2000).optional(),
});

/**
 * A curator's decision on an entry, article or tour from the review queue. A decision on something
 * changed meanwhile is refused by the data layer, and the queue says so.
 */
export const decideReviewItemAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const { slug, ...decision } = decisionSchema.parse(Object.fromEntries(form));
  const outcome = await decideReviewItem({ ...decision, actor: user });
  revalidatePath("/[locale]/admin", "layout");
  revalidatePath(`/[locale]/${PUBLISHABLE_TYPES[decision.type].path}/[slug]`, "page");
  redirect(`/${await getLocale()}/admin/review?${new URLSearchParams({ [outcome]: slug })}`);
});
