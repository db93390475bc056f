import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { mediaFiles, removeUploadedFiles } from "@/lib/media/remove-uploaded-files";
import { type MediaOwnerRef, mediaOwnerRef } from "./media-owner";

/**
 * Deletes one image: its row, its captions and its files. Curators only. The audit event, in the
 * same transaction, keeps everything that was said about it, so it can be put back from the
 * original file.
 */
export async function deleteMedia(input: { mediaId: string; actor: StaffUser }): Promise<MediaOwnerRef> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const removed = await db.$transaction(async (tx) => {
    const media = await tx.media.findUnique({
      where: { id: input.mediaId },
      select: {
        filePath: true,
        thumbPath: true,
        mimeType: true,
        credit: true,
        licence: true,
        sourceUrl: true,
        position: true,
        translations: { select: { locale: true, caption: true, altText: true } },
        entry: { select: { slug: true } },
        article: { select: { slug: true } },
      },
    });
    if (!media) throw new AppError("NOT_FOUND", { key: "imageGone" });
    await tx.media.delete({ where: { id: input.mediaId } });
    const { entry, article, ...metadata } = media;
    const owner = mediaOwnerRef({ entry, article });
    await recordAuditEvent(
      {
        actor: input.actor,
        action: "media.delete",
        targetType: "media",
        targetId: input.mediaId,
        detail: { ...metadata, [owner.ownerType === "entry" ? "entrySlug" : "articleSlug"]: owner.ownerSlug },
      },
      tx,
    );
    return { owner, files: mediaFiles([media]) };
  });
  // After the commit: a file that cannot be removed now is no longer served (app/media checks for
  // its row) and is swept at the next start.
  await removeUploadedFiles(removed.files).catch((error: unknown) => console.error("Could not remove a deleted image's files", error));
  return removed.owner;
}
