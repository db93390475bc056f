import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { StaffUser } from "@/lib/auth/current-user";
import type { Transaction } from "../transaction";
import type { AnyPublishableType } from "./publishable-type";
import { revisionRows } from "./record-tables";

/** "approve": a proposed change (lib/data/publishing/approve-pending-revision.ts) saved by a curator, authored by its proposer. */
export type RevisionAction = "create" | "update" | "status" | "restore" | "approve";

/**
 * Stores the record as it is now as the revision of its current version, by its author, with the
 * reason given for the change if any (a curator's for sending work back); returns that version.
 */
export async function recordRevision(
  tx: Transaction,
  type: AnyPublishableType,
  id: string,
  action: RevisionAction,
  actor: Pick<StaffUser, "id" | "email"> | null,
  note: string | null = null,
): Promise<number> {
  const { snapshot, version } = await type.readSnapshot(tx, id);
  await revisionRows(tx, type).create({
    data: {
      [type.ownerColumn]: id,
      version,
      action,
      snapshot: JSON.stringify(snapshot),
      authorId: actor?.id ?? null,
      authorEmail: actor?.email ?? null,
      note,
    },
  });
  return version;
}

/**
 * The audit line of a change to a record, written in the change's own transaction so the two stand
 * or fall together: "entry.update", "article.status.published". A write by no one (the seed, a bulk
 * load) is not audited.
 */
export async function auditRecord(
  tx: Transaction,
  type: AnyPublishableType,
  input: { actor: StaffUser | null; action: string; id: string; detail: Record<string, unknown> },
): Promise<void> {
  if (!input.actor) return;
  await recordAuditEvent(
    { actor: input.actor, action: `${type.name}.${input.action}`, targetType: type.name, targetId: input.id, detail: input.detail },
    tx,
  );
}
