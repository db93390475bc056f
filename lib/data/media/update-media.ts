import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type MediaMetadataInput, mediaMetadataSchema } from "@/lib/validation/media";
import { type MediaOwnerRef, mediaOwnerRef } from "./media-owner";
import { assertMayChangeImagesOf, ownerStatusSelect } from "./owner-status";

const metadataSelect = {
  credit: true,
  licence: true,
  sourceUrl: true,
  translations: { select: { locale: true, caption: true, altText: true } },
} as const;

/**
 * Replaces what is said about an image (captions, alt texts, credit, licence, source) under the
 * upload's rules (ZodError when refused; AppError CONFLICT when an editor describes an image of
 * published work). The audit event, in the same transaction, keeps the text before and after.
 * Returns the owner's slug, whose page shows the image.
 */
export async function updateMedia(input: { mediaId: string; fields: MediaMetadataInput; actor: StaffUser }): Promise<MediaOwnerRef> {
  if (!can(input.actor.role, "entries.edit")) throw new AppError("FORBIDDEN");
  const fields = mediaMetadataSchema.parse(input.fields);
  return db.$transaction(async (tx) => {
    const current = await tx.media.findUnique({ where: { id: input.mediaId }, select: { ...metadataSelect, ...ownerStatusSelect } });
    if (!current) throw new AppError("NOT_FOUND", { key: "imageGone" });
    const { entry, article, ...before } = current;
    assertMayChangeImagesOf(input.actor.role, entry ?? article);
    await tx.mediaTranslation.deleteMany({ where: { mediaId: input.mediaId } });
    const after = await tx.media.update({
      where: { id: input.mediaId },
      data: {
        credit: fields.credit,
        licence: fields.licence,
        sourceUrl: fields.sourceUrl,
        translations: { create: Object.entries(fields.translations).map(([locale, text]) => ({ locale, ...text })) },
      },
      select: metadataSelect,
    });
    await recordAuditEvent(
      { actor: input.actor, action: "media.update", targetType: "media", targetId: input.mediaId, detail: { before, after } },
      tx,
    );
    return mediaOwnerRef({ entry, article });
  });
}
