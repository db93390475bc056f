import { db } from "@/lib/db";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";

export interface ArticleRevisionRow {
  version: number;
  action: string;
  authorEmail: string | null;
  createdAt: Date;
  snapshot: ArticleSnapshot;
}

/** An article's revisions, newest first. */
export async function listArticleRevisions(articleId: string): Promise<ArticleRevisionRow[]> {
  const rows = await db.articleRevision.findMany({
    where: { articleId },
    select: { version: true, action: true, authorEmail: true, createdAt: true, snapshot: true },
    orderBy: { version: "desc" },
  });
  return rows.map((row) => ({ ...row, snapshot: JSON.parse(row.snapshot) as ArticleSnapshot }));
}
