"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { changeEntryStatus } from "@/lib/data/entries/change-entry-status";
import { AppError } from "@/lib/data/errors";

const decisionSchema = z.object({
  entryId: z.string().min(1),
  slug: z.string().min(1),
  expectedVersion: z.coerce.number().int(),
  to: z.enum(["published", "draft"]),
});

/**
 * A curator's decision from the review queue. The data layer checks the move and the version, so a
 * decision on an entry someone changed meanwhile is refused and the queue says so.
 */
export const reviewEntry = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const decision = decisionSchema.parse(Object.fromEntries(form));
  let outcome: string = decision.to === "published" ? "published" : "returned";
  try {
    await changeEntryStatus({ entryId: decision.entryId, expectedVersion: decision.expectedVersion, to: decision.to, actor: user });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = "stale";
  }
  revalidatePath("/[locale]/admin", "layout");
  revalidatePath("/[locale]/entries/[slug]", "page");
  redirect(`/${await getLocale()}/admin/review?${new URLSearchParams({ [outcome]: decision.slug })}`);
});
