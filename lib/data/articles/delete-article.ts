import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { mediaFiles, removeUploadedFiles } from "@/lib/media/remove-uploaded-files";
import { readArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { articleEditConflict } from "./article-edit-conflict";

/**
 * Deletes an article with everything that belongs only to it (texts, mentions, citations,
 * revisions, images and their files). Curators only. The audit log keeps its last snapshot.
 */
export async function deleteArticle(input: { articleId: string; expectedVersion: number; actor: StaffUser }): Promise<void> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const files = await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: input.articleId }, select: { version: true } });
    if (!article) throw new AppError("NOT_FOUND", { key: "articleGone" });
    const current = await readArticleSnapshot(tx, input.articleId);
    if (article.version !== input.expectedVersion) throw articleEditConflict(current.snapshot, current.version);
    const media = await tx.media.findMany({ where: { articleId: input.articleId }, select: { filePath: true, thumbPath: true } });
    // The snapshot is written with the deletion, so its last state is kept whatever happens to the files.
    await recordAuditEvent(
      {
        actor: input.actor,
        action: "article.delete",
        targetType: "article",
        targetId: input.articleId,
        detail: { snapshot: current.snapshot },
      },
      tx,
    );
    await tx.article.delete({ where: { id: input.articleId } });
    return mediaFiles(media);
  });
  // Files go only once the rows naming them are gone, so a failed delete never leaves a broken image.
  await removeUploadedFiles(files);
}
