"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { deleteArticle } from "@/lib/data/articles/delete-article";
import { isAppError } from "@/lib/errors/app-error";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";

const deleteSchema = z.object({
  articleId: z.string().min(1),
  slug: z.string().min(1),
  expectedVersion: z.coerce.number().int(),
  confirm: z.literal("yes"),
});

export const deleteArticleAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const input = deleteSchema.parse(Object.fromEntries(form));
  const locale = await getLocale();
  try {
    await deleteArticle({ articleId: input.articleId, expectedVersion: input.expectedVersion, actor: user });
  } catch (error) {
    // Changed since the page was opened: nothing is deleted; the person looks at it again first.
    if (isAppError(error, "EDIT_CONFLICT")) {
      const current = error.conflict!.current as ArticleSnapshot;
      redirect(`/${locale}/admin/articles/${encodeURIComponent(current.slug)}?stale=1`);
    }
    throw error;
  }
  redirect(`/${locale}/admin/articles?deleted=${encodeURIComponent(input.slug)}`);
});
