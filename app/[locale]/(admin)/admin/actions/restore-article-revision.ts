"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { ArticleEditConflictError } from "@/lib/data/articles/article-edit-conflict";
import { restoreArticleRevision } from "@/lib/data/articles/restore-article-revision";

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
    if (!(error instanceof ArticleEditConflictError)) throw error;
  }
  revalidatePath("/[locale]/admin/articles", "layout");
});
