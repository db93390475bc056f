import { AppError } from "@/lib/errors/app-error";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";

/** Someone else saved the article since the editor opened it: the refusal carries what is there now. */
export function articleEditConflict(current: ArticleSnapshot, currentVersion: number): AppError<ArticleSnapshot> {
  return new AppError("EDIT_CONFLICT", "Someone else saved this article while you were editing it.", {
    conflict: { current, currentVersion },
  });
}
