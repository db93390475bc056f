import type { StaffUser } from "@/lib/auth/current-user";
import { noteColumns } from "@/lib/content/localized-note";
import { db } from "@/lib/db";
import { type ArticleInput, articleInputSchema } from "@/lib/validation/article";
import { assertSlugFree } from "../publishing/claim-version";
import { auditRecord, recordRevision } from "../publishing/record-revision";
import { resolveSourceIds } from "../sources/resolve-source-ids";
import type { Transaction } from "../transaction";
import { ARTICLE } from "./article-record";
import { writeArticleFields } from "./write-article-fields";

/**
 * Creates an article with its first revision. Staff (the API, the editor) pass themselves as the
 * actor and the creation is audited; the seed and the bulk loader pass none. `within` is the
 * caller's transaction, for an article that must stand or fall with other records (an import).
 */
export async function createArticle(
  input: ArticleInput,
  actor: StaffUser | null = null,
  within?: Transaction,
): Promise<{ id: string; slug: string }> {
  const article = articleInputSchema.parse(input);
  const write = async (tx: Transaction) => {
    await assertSlugFree(tx, ARTICLE, article.slug);
    const sourceIds = await resolveSourceIds(
      tx,
      article.citations.map((c) => c.sourceKey),
    );
    const row = await tx.article.create({
      data: {
        slug: article.slug,
        status: article.status,
        publishedAt: article.status === "published" ? new Date() : null,
        citations: {
          create: article.citations.map((c) => ({ sourceId: sourceIds.get(c.sourceKey)!, field: c.field, ...noteColumns(c.note) })),
        },
      },
      select: { id: true, slug: true },
    });
    await writeArticleFields(tx, row.id, article);
    await recordRevision(tx, ARTICLE, row.id, "create", actor);
    await auditRecord(tx, ARTICLE, { actor, action: "create", id: row.id, detail: { slug: row.slug } });
    return row;
  };
  return within ? write(within) : db.$transaction(write);
}
