import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { mediaFiles, removeUploadedFiles } from "@/lib/media/remove-uploaded-files";
import { claimVersion } from "./claim-version";
import type { AnyPublishableType } from "./publishable-type";
import { auditRecord } from "./record-revision";
import { recordRows } from "./record-tables";

/**
 * Deletes a record with everything that belongs only to it (texts, links, revisions, images and
 * their files), made against `expectedVersion`. Curators only. The audit line keeps the record's
 * last snapshot, written with the deletion, so it can be brought back whatever happens to the files.
 */
export async function deleteRecord(
  type: AnyPublishableType,
  input: { id: string; expectedVersion: number; actor: StaffUser },
): Promise<void> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const files = await db.$transaction(async (tx) => {
    await claimVersion(tx, type, input.id, input.expectedVersion);
    const { snapshot } = await type.readSnapshot(tx, input.id);
    const media = type.noImages
      ? []
      : await tx.media.findMany({ where: { [type.ownerColumn]: input.id }, select: { filePath: true, thumbPath: true } });
    await auditRecord(tx, type, { actor: input.actor, action: "delete", id: input.id, detail: { snapshot } });
    await recordRows(tx, type).delete({ where: { id: input.id } });
    return mediaFiles(media);
  });
  // Files go only once the rows naming them are gone, so a failed delete never leaves a broken image.
  await removeUploadedFiles(files);
}
