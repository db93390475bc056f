"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { ArticleEditConflictError } from "@/lib/data/articles/article-edit-conflict";
import { ArticleFieldError } from "@/lib/data/articles/article-field-error";
import { createArticleDraft } from "@/lib/data/articles/create-article-draft";
import { getArticleRevisionSnapshot } from "@/lib/data/articles/get-article-revision-snapshot";
import { updateArticle } from "@/lib/data/articles/update-article";
import { AppError } from "@/lib/data/errors";
import { diffSnapshots, type FieldChange } from "@/lib/revisions/diff-snapshots";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { type ArticleFormValues, articleFieldErrors, articleFormInput, readArticleForm } from "@/lib/validation/article-form";
import { refusalText } from "@/lib/validation/messages";

export interface SaveArticleState {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  values: ArticleFormValues;
  fieldErrors: Record<string, string>;
  message?: string;
  version?: number;
  /** After a conflict: what others changed since the version this form was opened at. */
  changes?: FieldChange[];
}

export const saveArticle = authorizedAction(
  "entries.edit",
  async (user, _previous: SaveArticleState, form: FormData): Promise<SaveArticleState> => {
    const values = readArticleForm(form);
    const parsed = articleEditSchema.safeParse(articleFormInput(values));
    const t = await getTranslations("validation");
    if (!parsed.success) return { status: "invalid", values, fieldErrors: articleFieldErrors(parsed.error, t) };
    const expectedVersion = Number(values.expectedVersion);
    try {
      if (!values.articleId) {
        const created = await createArticleDraft(parsed.data, user);
        redirect(`/${await getLocale()}/admin/articles/${created.slug}?created=1`);
      }
      const { version } = await updateArticle({ articleId: values.articleId, expectedVersion, edit: parsed.data, actor: user });
      revalidatePath("/[locale]/admin/articles", "layout");
      // A new slug is a new address: the page at the old one would no longer find the article.
      if (parsed.data.slug !== values.savedSlug) redirect(`/${await getLocale()}/admin/articles/${parsed.data.slug}?saved=${version}`);
      return { status: "saved", values: { ...values, expectedVersion: String(version) }, fieldErrors: {}, version };
    } catch (error) {
      if (error instanceof ArticleEditConflictError) {
        const base = await getArticleRevisionSnapshot(values.articleId, expectedVersion);
        // The next save is made knowingly over what is there now.
        return {
          status: "conflict",
          values: { ...values, expectedVersion: String(error.currentVersion) },
          fieldErrors: {},
          version: error.currentVersion,
          changes: diffSnapshots(base, error.current),
        };
      }
      if (error instanceof ArticleFieldError) return { status: "invalid", values, fieldErrors: { [error.field]: refusalText(error, t) } };
      if (error instanceof AppError) return { status: "error", values, fieldErrors: {}, message: refusalText(error, t) };
      throw error;
    }
  },
);
