import { db } from "@/lib/db";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";

/** The article as one of its revisions stored it, or null when there is no such revision. */
export async function getArticleRevisionSnapshot(articleId: string, version: number): Promise<ArticleSnapshot | null> {
  const row = await db.articleRevision.findUnique({ where: { articleId_version: { articleId, version } }, select: { snapshot: true } });
  return row ? (JSON.parse(row.snapshot) as ArticleSnapshot) : null;
}
