import { createHash } from "node:crypto";
import type { Transaction } from "@/lib/data/transaction";
import type { ArticleImportDecisions } from "./review-decisions";

export interface ImportedArticleOrigin {
  /** The Source that stands for the original: every draft, link and the article itself cite it. */
  sourceKey: string;
  /** The article an earlier import of the same original made, if any. */
  existing: { id: string; slug: string; status: string } | null;
}

/** The key of an original with no known address: the same items (same keys) are the same article. */
function itemsSourceKey(itemKeys: readonly string[]): string {
  const hash = createHash("sha256")
    .update([...new Set(itemKeys)].sort().join("\n"))
    .digest("hex");
  return `article-import-${hash.slice(0, 24)}`;
}

function titleOf(decisions: ArticleImportDecisions): string {
  const { article } = decisions;
  return article.originalTitle ?? (article.title[article.language] || article.title.en || article.title.ru);
}

/**
 * Finds the original an earlier import already brought in (an article with the same address, else
 * the source of the same items) or makes its Source. The source, not the article, carries the
 * items' identity, so a re-import is recognised whatever the curator retitled.
 */
export async function resolveArticleOrigin(tx: Transaction, decisions: ArticleImportDecisions): Promise<ImportedArticleOrigin> {
  const { article } = decisions;
  const byUrl = article.originalUrl
    ? await tx.article.findFirst({
        where: { originalUrl: article.originalUrl },
        orderBy: { createdAt: "asc" },
        select: { id: true, slug: true, status: true, citations: { select: { source: { select: { key: true } } }, take: 1 } },
      })
    : null;
  const sourceKey = byUrl?.citations[0]?.source.key ?? itemsSourceKey(decisions.itemKeys);
  const source =
    (await tx.source.findUnique({ where: { key: sourceKey }, select: { id: true } })) ??
    (await tx.source.create({
      data: {
        key: sourceKey,
        title: titleOf(decisions),
        url: article.originalUrl,
        publisher: article.publisher,
        accessedOn: new Date().toISOString().slice(0, 10),
        language: article.language,
      },
      select: { id: true },
    }));
  const existing =
    byUrl ??
    (await tx.article.findFirst({
      where: { citations: { some: { sourceId: source.id } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, slug: true, status: true },
    }));
  return { sourceKey, existing: existing ? { id: existing.id, slug: existing.slug, status: existing.status } : null };
}
