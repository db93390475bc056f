import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createEntries } from "./create-entries";
import { deletedSnapshot, restoredDeletionIds } from "./list-deleted-entries";
import { snapshotToEdit } from "./snapshot-to-edit";

/**
 * Brings a deleted entry back from the snapshot its deletion left in the audit log, as a new draft
 * for a curator to review and publish again. Its text, place, date, links to entries that still exist
 * and citations of sources that still exist come back; its images do not (their files were removed),
 * nor do links other entries made to it. Curators only, as deleting is. The "undelete" audit line
 * is written with the entry, so it is never there without one.
 */
export async function restoreDeletedEntry(input: { auditEventId: string; actor: StaffUser }): Promise<{ id: string; slug: string }> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const event = await db.auditEvent.findUnique({ where: { id: input.auditEventId }, select: { action: true, detail: true } });
  const snapshot = event?.action === "entry.delete" ? deletedSnapshot(event.detail) : null;
  if (!snapshot) throw new AppError("NOT_FOUND", "The audit log keeps no deleted entry under this id.");
  if ((await restoredDeletionIds()).has(input.auditEventId))
    throw new AppError("CONFLICT", "This deleted entry has already been brought back.");
  const [created] = await createEntries([{ entry: await snapshotToEdit(snapshot), status: "draft" }], {
    actor: input.actor,
    alsoAudit: { action: "undelete", detail: { fromAuditEvent: input.auditEventId } },
  });
  return created!;
}
