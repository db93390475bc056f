import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { movePermission } from "@/lib/content/publication-moves";
import { AppError } from "@/lib/errors/app-error";
import type { Transaction } from "../transaction";
import type { AnyPublishableType } from "./publishable-type";
import { auditRecords, recordRevisions } from "./record-revision";

/**
 * Refuses a move the workflow does not have (lib/content/publication-moves.ts) and one the person's
 * role may not make; a kind's own draft permission stands for `entries.edit`.
 */
export function assertMoveAllowed(type: AnyPublishableType, from: string, to: PublicationStatus, actor: StaffUser): void {
  const permission = movePermission(from, to);
  if (!permission) throw new AppError("INVALID_INPUT", `This ${type.name} cannot go from ${from} to ${to}.`);
  if (!can(actor.role, permission === "entries.edit" ? (type.draftPermission ?? permission) : permission)) throw new AppError("FORBIDDEN");
}

/**
 * What every status move writes once the records are at their new status and version: each one's
 * revision ("status") and audit line ("status.<to>"), both keeping the reason when one is given.
 */
export async function recordStatusMoves(
  tx: Transaction,
  type: AnyPublishableType,
  input: { ids: readonly string[]; to: PublicationStatus; actor: StaffUser; reason: string | null },
): Promise<Map<string, number>> {
  const versions = await recordRevisions(tx, type, input.ids, "status", input.actor, input.reason);
  await auditRecords(tx, type, {
    actor: input.actor,
    action: `status.${input.to}`,
    lines: input.ids.map((id) => {
      const version = versions.get(id)!;
      return { id, detail: input.reason ? { version, reason: input.reason } : { version } };
    }),
  });
  return versions;
}
