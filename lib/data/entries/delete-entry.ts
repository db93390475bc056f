import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { mediaFiles, removeUploadedFiles } from "@/lib/media/remove-uploaded-files";
import { readEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { entryEditConflict } from "./save-entry";

/**
 * Deletes an entry with everything that belongs only to it (text, links, revisions, images and
 * their files). Curators only. The audit log keeps the entry's last snapshot, so it can be re-created.
 */
export async function deleteEntry(input: { entryId: string; expectedVersion: number; actor: StaffUser }): Promise<void> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const files = await db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { version: true } });
    if (!entry) throw new AppError("NOT_FOUND", { key: "entryGone" });
    const current = await readEntrySnapshot(tx, input.entryId);
    if (entry.version !== input.expectedVersion) throw entryEditConflict(current.snapshot, current.version);
    const media = await tx.media.findMany({ where: { entryId: input.entryId }, select: { filePath: true, thumbPath: true } });
    // The snapshot is written with the deletion, so its last state is kept whatever happens to the files.
    await recordAuditEvent(
      { actor: input.actor, action: "entry.delete", targetType: "entry", targetId: input.entryId, detail: { snapshot: current.snapshot } },
      tx,
    );
    await tx.entry.delete({ where: { id: input.entryId } });
    return mediaFiles(media);
  });
  await removeUploadedFiles(files);
}
