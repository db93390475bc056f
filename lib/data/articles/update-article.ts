import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readArticleSnapshot } from "@/lib/revisions/article-snapshot";
import type { ArticleEdit } from "@/lib/validation/article-edit";
import { articleEditConflict } from "./article-edit-conflict";
import { recordArticleRevision } from "./record-article-revision";
import { writeArticleFields } from "./write-article-fields";

/**
 * Saves an edit if nobody saved since `expectedVersion` was read (optimistic concurrency);
 * otherwise throws an EDIT_CONFLICT AppError and changes nothing. The status is not part of an edit.
 */
export async function updateArticle(input: {
  articleId: string;
  expectedVersion: number;
  edit: ArticleEdit;
  actor: StaffUser;
  action?: "update" | "restore";
}): Promise<{ version: number }> {
  const action = input.action ?? "update";
  const version = await db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: input.articleId }, select: { status: true } });
    if (current && !mayEditInStatus(input.actor.role, current.status)) throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
    const claimed = await tx.article.updateMany({
      where: { id: input.articleId, version: input.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) {
      if (!(await tx.article.findUnique({ where: { id: input.articleId }, select: { id: true } })))
        throw new AppError("NOT_FOUND", { key: "articleGone" });
      const { snapshot, version: currentVersion } = await readArticleSnapshot(tx, input.articleId);
      throw articleEditConflict(snapshot, currentVersion);
    }
    const clash = await tx.article.findFirst({ where: { slug: input.edit.slug, NOT: { id: input.articleId } }, select: { id: true } });
    if (clash) throw new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug: input.edit.slug } }, { field: "slug" });
    await writeArticleFields(tx, input.articleId, input.edit);
    return recordArticleRevision(tx, input.articleId, action, input.actor);
  });
  await recordAuditEvent({
    actor: input.actor,
    action: `article.${action}`,
    targetType: "article",
    targetId: input.articleId,
    detail: { version },
  });
  return { version };
}
