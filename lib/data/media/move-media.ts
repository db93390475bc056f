import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { galleryOrder } from "./entry-media";
import { type MediaOwnerRef, mediaOwnerRef } from "./media-owner";
import { assertMayChangeImagesOf, ownerStatusSelect } from "./owner-status";

/** One place earlier or later (the Move buttons), or to a place in the gallery counted from 0 (a drag). */
export type MediaMove = { direction: "earlier" | "later" } | { position: number };

/**
 * Moves an image in its entry's (or article's) gallery: one place earlier or later, or to a given
 * place (kept within the gallery), the others keeping their order. The whole gallery is renumbered
 * 0, 1, 2…, so positions that were equal (older rows) get a definite order too. AppError FORBIDDEN
 * when an editor reorders the gallery of published work.
 */
export async function moveMedia(input: MediaMove & { mediaId: string; actor: StaffUser }): Promise<MediaOwnerRef> {
  if (!can(input.actor.role, "entries.edit")) throw new AppError("FORBIDDEN");
  return db.$transaction(async (tx) => {
    const media = await tx.media.findUnique({
      where: { id: input.mediaId },
      select: { entryId: true, articleId: true, ...ownerStatusSelect },
    });
    if (!media) throw new AppError("NOT_FOUND", { key: "imageGone" });
    assertMayChangeImagesOf(input.actor.role, media.entry ?? media.article);
    const siblings = await tx.media.findMany({
      where: media.entryId ? { entryId: media.entryId } : { articleId: media.articleId },
      orderBy: [...galleryOrder],
      select: { id: true, position: true },
    });
    const from = siblings.findIndex((s) => s.id === input.mediaId);
    const wanted = "position" in input ? input.position : input.direction === "earlier" ? from - 1 : from + 1;
    const to = Math.min(Math.max(wanted, 0), siblings.length - 1);
    const order = siblings.map((s) => s.id).filter((id) => id !== input.mediaId);
    order.splice(to, 0, input.mediaId);
    for (const [position, id] of order.entries()) {
      if (siblings.find((s) => s.id === id)?.position !== position) await tx.media.update({ where: { id }, data: { position } });
    }
    await recordAuditEvent(
      {
        actor: input.actor,
        action: "media.move",
        targetType: "media",
        targetId: input.mediaId,
        detail: { ...("position" in input ? { position: to } : { direction: input.direction }), order },
      },
      tx,
    );
    return mediaOwnerRef(media);
  });
}
