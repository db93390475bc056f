import type { StaffUser } from "@/lib/auth/current-user";
import type { Transaction } from "../transaction";
import type { AnyPublishableType } from "./publishable-type";
import { auditRecord, recordRevision } from "./record-revision";
import { recordRows } from "./record-tables";

/**
 * A symmetric link (comparable, related) belongs to both ends' records: each other end the write
 * changed moves to a new version, so someone editing it meanwhile is told, with a revision, so its
 * history shows the change, and an audit line naming the record whose save made it.
 */
export async function recordPartnerRevisions(
  tx: Transaction,
  type: AnyPublishableType,
  input: { partners: Iterable<string>; actor: StaffUser | null; linkedFrom: string },
): Promise<void> {
  for (const partnerId of input.partners) {
    await recordRows(tx, type).updateMany({ where: { id: partnerId }, data: { version: { increment: 1 } } });
    const version = await recordRevision(tx, type, partnerId, "update", input.actor);
    await auditRecord(tx, type, { actor: input.actor, action: "update", id: partnerId, detail: { version, linkedFrom: input.linkedFrom } });
  }
}
