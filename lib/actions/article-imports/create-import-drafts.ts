"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { applyArticleImport } from "@/lib/article-import/apply-article-import";
import type { ArticleImportOutcome } from "@/lib/article-import/apply-outcome";
import { authorizedAction } from "@/lib/auth/authorized";
import { type FormFailureStatus, formStateFromError } from "@/lib/errors/form-state-from-error";

export interface ArticleImportState {
  status: "idle" | "created" | FormFailureStatus;
  /** Messages beside the review form's fields, keyed by their paths ("article.summary.en", "items.1.links.0.target"). */
  fieldErrors: Record<string, string>;
  message?: string;
  outcome?: ArticleImportOutcome;
}

/**
 * Writes what the curator accepted on the review screen. The decisions come as one JSON field (the
 * screen keeps every value in the browser, so a refusal loses nothing) and are checked by the same
 * schema the screen checks them with; any refusal is shown beside its field.
 */
export const createImportDraftsAction = authorizedAction(
  "entries.edit",
  async (user, _previous: ArticleImportState, form: FormData): Promise<ArticleImportState> => {
    const t = await getTranslations("validation");
    try {
      const raw = form.get("decisions");
      const decisions: unknown = JSON.parse(typeof raw === "string" ? raw : "null");
      const outcome = await applyArticleImport(decisions as Parameters<typeof applyArticleImport>[0], user);
      revalidatePath("/[locale]/admin", "layout");
      return { status: "created", fieldErrors: {}, outcome };
    } catch (error) {
      if (error instanceof SyntaxError) return { status: "error", fieldErrors: {}, message: t("invalid") };
      const { conflict: _, ...failure } = formStateFromError(error, t);
      return failure;
    }
  },
  ({ conflict: _, ...failure }) => failure,
);
