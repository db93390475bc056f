import type { StaffUser } from "@/lib/auth/current-user";
import type { Transaction } from "../transaction";
import type { AnyPublishableType, PublishableSnapshot } from "./publishable-type";
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
  return (await recordRevisions(tx, type, [id], action, actor, note)).get(id)!;
}

/**
 * The batch form of recordRevision, for a change made to many records at once (a bulk status move):
 * each record's revision of its current version, read with the kind's batch reader when it has one,
 * and written in one statement. Returns each record's version.
 */
export async function recordRevisions(
  tx: Transaction,
  type: AnyPublishableType,
  ids: readonly string[],
  action: RevisionAction,
  actor: Pick<StaffUser, "id" | "email"> | null,
  note: string | null = null,
): Promise<Map<string, number>> {
  const reads = await readSnapshots(tx, type, ids);
  const versions = new Map<string, number>();
  await revisionRows(tx, type).createMany({
    data: ids.map((id) => {
      const { snapshot, version } = reads.get(id)!;
      versions.set(id, version);
      return {
        [type.ownerColumn]: id,
        version,
        action,
        snapshot: JSON.stringify(snapshot),
        authorId: actor?.id ?? null,
        authorEmail: actor?.email ?? null,
        note,
      };
    }),
  });
  return versions;
}

async function readSnapshots(
  tx: Transaction,
  type: AnyPublishableType,
  ids: readonly string[],
): Promise<Map<string, { snapshot: PublishableSnapshot; version: number }>> {
  if (type.readSnapshots && ids.length > 1) {
    const reads = await type.readSnapshots(tx, ids);
    const missing = ids.find((id) => !reads.has(id));
    if (missing) throw new Error(`No ${type.name} ${missing}`);
    return reads;
  }
  const reads = new Map<string, { snapshot: PublishableSnapshot; version: number }>();
  for (const id of ids) reads.set(id, await type.readSnapshot(tx, id));
  return reads;
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
  await auditRecords(tx, type, { actor: input.actor, action: input.action, lines: [{ id: input.id, detail: input.detail }] });
}

/** The batch form of auditRecord: one line per record, the same action, in one statement. */
export async function auditRecords(
  tx: Transaction,
  type: AnyPublishableType,
  input: { actor: StaffUser | null; action: string; lines: readonly { id: string; detail: Record<string, unknown> }[] },
): Promise<void> {
  const { actor } = input;
  if (!actor || input.lines.length === 0) return;
  await tx.auditEvent.createMany({
    data: input.lines.map((line) => ({
      actorId: actor.id,
      actorEmail: actor.email,
      action: `${type.name}.${input.action}`,
      targetType: type.name,
      targetId: line.id,
      detail: JSON.stringify(line.detail),
    })),
  });
}
