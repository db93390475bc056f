"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { restoreArticleRevision } from "@/lib/data/articles/restore-article-revision";
import { isAppError } from "@/lib/errors/app-error";

const restoreSchema = z.object({
  articleId: z.string().min(1),
  version: z.coerce.number().int(),
  expectedVersion: z.coerce.number().int(),
});

export const restoreArticleRevisionAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  try {
    await restoreArticleRevision({ ...restoreSchema.parse(Object.fromEntries(form)), actor: user });
  } catch (error) {
    // Saved by someone else meanwhile: the history shows the new revision and the person decides again.
    if (!isAppError(error, "EDIT_CONFLICT")) throw error;
  }
  revalidatePath("/[locale]/admin/articles", "layout");
});
