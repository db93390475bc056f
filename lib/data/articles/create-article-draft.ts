import type { StaffUser } from "@/lib/auth/current-user";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { ArticleEdit } from "@/lib/validation/article-edit";
import { createArticle } from "./create-article";

/** A new article from the editor: always a draft, only the languages that have a title. */
export async function createArticleDraft(edit: ArticleEdit, actor: StaffUser): Promise<{ id: string; slug: string }> {
  const translations = Object.fromEntries(
    CONTENT_LOCALES.filter((l) => edit.translations[l].title !== "").map((l) => [l, edit.translations[l]]),
  );
  return createArticle({ ...edit, translations, status: "draft", citations: [] }, actor);
}
