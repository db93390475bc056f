import { db } from "@/lib/db";
import { type ArticleSnapshot, readArticleSnapshot } from "@/lib/revisions/article-snapshot";

export interface ArticleForEditing {
  id: string;
  version: number;
  snapshot: ArticleSnapshot;
}

/** An article in any status, as the editor needs it. */
export async function getArticleForEditing(slug: string): Promise<ArticleForEditing | null> {
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  if (!article) return null;
  const { snapshot, version } = await readArticleSnapshot(db, article.id);
  return { id: article.id, version, snapshot };
}
