import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { AppError } from "../errors";

/** Thrown when someone else saved the article since the editor opened it; carries what is there now. */
export class ArticleEditConflictError extends AppError {
  constructor(
    readonly current: ArticleSnapshot,
    readonly currentVersion: number,
  ) {
    super("CONFLICT", "Someone else saved this article while you were editing it.");
  }
}
