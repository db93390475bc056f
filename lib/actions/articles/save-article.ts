"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { ARTICLE } from "@/lib/data/articles/article-record";
import { createArticleDraft } from "@/lib/data/articles/create-article-draft";
import { getRevisionSnapshot } from "@/lib/data/publishing/get-revision-snapshot";
import { saveRecordEdit } from "@/lib/data/publishing/save-record-edit";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import { type ArticleFormValues, articleFieldErrors, articleFormInput, readArticleForm } from "@/lib/forms/article-form";
import type { SaveState } from "@/lib/forms/save-state";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { diffSnapshots, type FieldChange } from "@/lib/revisions/diff-snapshots";
import { articleEditSchema } from "@/lib/validation/article-edit";

export interface SaveArticleState extends SaveState<ArticleFormValues> {
  /** After a conflict: what others changed since the version this form was opened at. */
  changes?: FieldChange[];
}

export const saveArticleAction = authorizedAction(
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
      const saved = await saveRecordEdit(ARTICLE, { id: values.articleId, expectedVersion, edit: parsed.data, actor: user });
      revalidatePath("/[locale]/admin", "layout");
      // A proposal leaves the published article, its slug included, as it is.
      if (saved.outcome === "proposed") return { status: "proposed", values, fieldErrors: {} };
      const { version } = saved;
      // A new slug is a new address: the page at the old one would no longer find the article.
      if (parsed.data.slug !== values.savedSlug) redirect(`/${await getLocale()}/admin/articles/${parsed.data.slug}?saved=${version}`);
      return { status: "saved", values: { ...values, expectedVersion: String(version) }, fieldErrors: {}, version };
    } catch (error) {
      const { conflict, ...failure } = formStateFromError<ArticleSnapshot>(error, t);
      if (!conflict) return { ...failure, values };
      // The next save is made knowingly over what is there now.
      const base = await getRevisionSnapshot(ARTICLE, values.articleId, expectedVersion);
      return {
        ...failure,
        values: { ...values, expectedVersion: String(conflict.currentVersion) },
        version: conflict.currentVersion,
        changes: diffSnapshots(base, conflict.current),
      };
    }
  },
  ({ conflict: _, ...failure }, _previous, form) => ({ ...failure, values: readArticleForm(form) }),
);
