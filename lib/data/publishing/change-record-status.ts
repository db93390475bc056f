import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { movePermission } from "@/lib/content/publication-moves";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { claimVersion } from "./claim-version";
import type { AnyPublishableType } from "./publishable-type";
import { auditRecord, recordRevision } from "./record-revision";
import { recordRows } from "./record-tables";

/**
 * Review and publication of any publishable record, by the moves and roles of
 * lib/content/publication-moves.ts, made against `expectedVersion`, with its revision and audit line,
 * both keeping the reason when one is given (a curator's for sending work back, which its author reads).
 */
export async function changeRecordStatus(
  type: AnyPublishableType,
  input: { id: string; expectedVersion: number; to: PublicationStatus; actor: StaffUser; reason?: string },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const from = await claimVersion(tx, type, input.id, input.expectedVersion);
    const permission = movePermission(from, input.to);
    if (!permission) throw new AppError("INVALID_INPUT", `This ${type.name} cannot go from ${from} to ${input.to}.`);
    if (!can(input.actor.role, permission === "entries.edit" ? (type.draftPermission ?? permission) : permission))
      throw new AppError("FORBIDDEN");
    await type.assertMayChange?.(tx, input.id, input.actor);
    await recordRows(tx, type).update({
      where: { id: input.id },
      data: { status: input.to, ...(input.to === "published" ? { publishedAt: new Date() } : {}) },
    });
    const reason = input.reason?.trim() || null;
    const version = await recordRevision(tx, type, input.id, "status", input.actor, reason);
    await auditRecord(tx, type, {
      actor: input.actor,
      action: `status.${input.to}`,
      id: input.id,
      detail: reason ? { version, reason } : { version },
    });
    return { version };
  });
}
