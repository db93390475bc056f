import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { PermissionError } from "@/lib/auth/authorized";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { mediaFiles, removeUploadedFiles } from "@/lib/media/remove-uploaded-files";
import { type MediaOwnerRef, mediaOwnerRef } from "./media-owner";

/**
 * Deletes one image: its row, its captions and its files. Curators only. The audit event keeps
 * everything that was said about it, so it can be put back from the original file.
 */
export async function deleteMedia(input: { mediaId: string; actor: StaffUser }): Promise<MediaOwnerRef> {
  if (!can(input.actor.role, "entries.publish")) throw new PermissionError(403);
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
    return media;
  });
  const { entry, article, ...metadata } = removed;
  const owner = mediaOwnerRef({ entry, article });
  // Recorded before the files go, so the metadata is kept even if removing a file fails.
  await recordAuditEvent({
    actor: input.actor,
    action: "media.delete",
    targetType: "media",
    targetId: input.mediaId,
    detail: { ...metadata, [owner.ownerType === "entry" ? "entrySlug" : "articleSlug"]: owner.ownerSlug },
  });
  await removeUploadedFiles(mediaFiles([removed]));
  return owner;
}
