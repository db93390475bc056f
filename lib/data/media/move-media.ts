import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type MediaOwnerRef, mediaOwnerRef } from "./media-owner";
import { assertMayChangeImagesOf, ownerStatusSelect } from "./owner-status";

/**
 * Moves an image one place earlier or later in its entry's (or article's) gallery. The whole gallery
 * is renumbered 0, 1, 2…, so positions that were equal (older rows) get a definite order too.
 * AppError CONFLICT when an editor reorders the gallery of published work.
 */
export async function moveMedia(input: { mediaId: string; direction: "earlier" | "later"; actor: StaffUser }): Promise<MediaOwnerRef> {
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
      orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const from = siblings.findIndex((s) => s.id === input.mediaId);
    const to = input.direction === "earlier" ? from - 1 : from + 1;
    const order = siblings.map((s) => s.id);
    if (to >= 0 && to < order.length) [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, id] of order.entries()) {
      if (siblings.find((s) => s.id === id)?.position !== position) await tx.media.update({ where: { id }, data: { position } });
    }
    await recordAuditEvent(
      {
        actor: input.actor,
        action: "media.move",
        targetType: "media",
        targetId: input.mediaId,
        detail: { direction: input.direction, order },
      },
      tx,
    );
    return mediaOwnerRef(media);
  });
}
