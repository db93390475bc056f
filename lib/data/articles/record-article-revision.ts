import type { StaffUser } from "@/lib/auth/current-user";
import { readArticleSnapshot } from "@/lib/revisions/article-snapshot";
import type { ArticleTx } from "./article-transaction";

export type ArticleRevisionAction = "create" | "update" | "status" | "restore";

/** Stores the article as it is now as its revision for the current version; returns that version. */
export async function recordArticleRevision(
  tx: ArticleTx,
  articleId: string,
  action: ArticleRevisionAction,
  actor: StaffUser | null,
): Promise<number> {
  const { snapshot, version } = await readArticleSnapshot(tx, articleId);
  await tx.articleRevision.create({
    data: {
      articleId,
      version,
      action,
      snapshot: JSON.stringify(snapshot),
      authorId: actor?.id ?? null,
      authorEmail: actor?.email ?? null,
    },
  });
  return version;
}
