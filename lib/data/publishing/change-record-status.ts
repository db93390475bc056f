import type { StaffUser } from "@/lib/auth/current-user";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { db } from "@/lib/db";
import { claimVersion } from "./claim-version";
import type { AnyPublishableType } from "./publishable-type";
import { recordRows } from "./record-tables";
import { assertMoveAllowed, recordStatusMoves } from "./status-move";

/**
 * Review and publication of any publishable record, by the moves and roles of
 * lib/content/publication-moves.ts, made against `expectedVersion`, with its revision and audit line,
 * both keeping the reason when one is given (a curator's for sending work back, which its author reads).
 * Many records at once: changeRecordStatuses.
 */
export async function changeRecordStatus(
  type: AnyPublishableType,
  input: { id: string; expectedVersion: number; to: PublicationStatus; actor: StaffUser; reason?: string },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const from = await claimVersion(tx, type, input.id, input.expectedVersion);
    assertMoveAllowed(type, from, input.to, input.actor);
    await type.assertMayChange?.(tx, input.id, input.actor);
    await recordRows(tx, type).update({
      where: { id: input.id },
      data: { status: input.to, ...(input.to === "published" ? { publishedAt: new Date() } : {}) },
    });
    const reason = input.reason?.trim() || null;
    const versions = await recordStatusMoves(tx, type, { ids: [input.id], to: input.to, actor: input.actor, reason });
    return { version: versions.get(input.id)! };
  });
}
