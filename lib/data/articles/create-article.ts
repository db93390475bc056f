import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type ArticleInput, articleInputSchema } from "@/lib/validation/article";
import { resolveSourceIds } from "../sources/resolve-source-ids";
import { recordArticleRevision } from "./record-article-revision";
import { writeArticleFields } from "./write-article-fields";

/**
 * Creates an article with its first revision. Staff (the API, the editor) pass themselves as the
 * actor and the creation is audited; the seed and the bulk loader pass none.
 */
export async function createArticle(input: ArticleInput, actor: StaffUser | null = null): Promise<{ id: string; slug: string }> {
  const article = articleInputSchema.parse(input);
  const created = await db.$transaction(async (tx) => {
    if (await tx.article.findUnique({ where: { slug: article.slug }, select: { id: true } })) {
      throw new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: article.slug } }, { field: "slug" });
    }
    const sourceIds = await resolveSourceIds(
      tx,
      article.citations.map((c) => c.sourceKey),
    );
    const row = await tx.article.create({
      data: {
        slug: article.slug,
        status: article.status,
        publishedAt: article.status === "published" ? new Date() : null,
        citations: { create: article.citations.map((c) => ({ sourceId: sourceIds.get(c.sourceKey)!, field: c.field, note: c.note })) },
      },
      select: { id: true, slug: true },
    });
    await writeArticleFields(tx, row.id, article);
    await recordArticleRevision(tx, row.id, "create", actor);
    return row;
  });
  if (actor)
    await recordAuditEvent({
      actor,
      action: "article.create",
      targetType: "article",
      targetId: created.id,
      detail: { slug: created.slug },
    });
  return created;
}
