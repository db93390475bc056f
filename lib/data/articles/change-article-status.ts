import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { movePermission } from "@/lib/content/publication-moves";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { articleEditConflict } from "./article-edit-conflict";
import { recordArticleRevision } from "./record-article-revision";

/** Review and publication of an article, by the same moves and roles as entries. */
export async function changeArticleStatus(input: {
  articleId: string;
  expectedVersion: number;
  to: PublicationStatus;
  actor: StaffUser;
}): Promise<{ version: number }> {
  const version = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { status: true, version: true } });
    if (!article) throw new AppError("NOT_FOUND", { key: "articleGone" });
    if (article.version !== input.expectedVersion) {
      const { snapshot, version: currentVersion } = await readArticleSnapshot(tx, input.articleId);
      throw articleEditConflict(snapshot, currentVersion);
    }
    const permission = movePermission(article.status, input.to);
    if (!permission) throw new AppError("INVALID_INPUT", `An article cannot go from ${article.status} to ${input.to}.`);
    if (!can(input.actor.role, permission)) throw new AppError("FORBIDDEN");
    await tx.article.update({
      where: { id: input.articleId },
      data: { status: input.to, version: { increment: 1 }, ...(input.to === "published" ? { publishedAt: new Date() } : {}) },
    });
    return recordArticleRevision(tx, input.articleId, "status", input.actor);
  });
  await recordAuditEvent({
    actor: input.actor,
    action: `article.status.${input.to}`,
    targetType: "article",
    targetId: input.articleId,
    detail: { version },
  });
  return { version };
}
