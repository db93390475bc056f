import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { movePermission } from "@/lib/content/publication-moves";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { entryEditConflict, recordRevision } from "./save-entry";

export async function changeEntryStatus(input: {
  entryId: string;
  expectedVersion: number;
  to: PublicationStatus;
  actor: StaffUser;
}): Promise<{ version: number }> {
  const version = await db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: input.entryId }, select: { status: true, version: true } });
    if (!entry) throw new AppError("NOT_FOUND", { key: "entryGone" });
    if (entry.version !== input.expectedVersion) {
      const { snapshot, version: currentVersion } = await readEntrySnapshot(tx, input.entryId);
      throw entryEditConflict(snapshot, currentVersion);
    }
    const permission = movePermission(entry.status, input.to);
    if (!permission) throw new AppError("INVALID_INPUT", `An entry cannot go from ${entry.status} to ${input.to}.`);
    if (!can(input.actor.role, permission)) throw new AppError("FORBIDDEN");
    await tx.entry.update({
      where: { id: input.entryId },
      data: { status: input.to, version: { increment: 1 }, ...(input.to === "published" ? { publishedAt: new Date() } : {}) },
    });
    return recordRevision(tx, input.entryId, "status", input.actor);
  });
  await recordAuditEvent({
    actor: input.actor,
    action: `entry.status.${input.to}`,
    targetType: "entry",
    targetId: input.entryId,
    detail: { version },
  });
  return { version };
}
