"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ZodError, z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { restoreDeletedEntry } from "@/lib/data/entries/restore-deleted-entry";
import { isAppError } from "@/lib/errors/app-error";

const restoreSchema = z.object({ auditEventId: z.string().min(1) });

export const restoreDeletedEntryAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const { auditEventId } = restoreSchema.parse(Object.fromEntries(form));
  const locale = await getLocale();
  let slug: string;
  try {
    slug = (await restoreDeletedEntry({ auditEventId, actor: user })).slug;
  } catch (error) {
    // Taken slug, already restored, or content that today's checks refuse: the list says so beside the entry.
    // A refusal of the person is the permission gate's to answer.
    if ((isAppError(error) && error.code !== "FORBIDDEN" && error.code !== "UNAUTHORIZED") || error instanceof ZodError)
      redirect(`/${locale}/admin/entries/deleted?failed=${encodeURIComponent(auditEventId)}`);
    throw error;
  }
  revalidatePath("/[locale]/admin/entries", "layout");
  redirect(`/${locale}/admin/entries/${slug}?restored=1`);
});
