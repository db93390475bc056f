import { AppError } from "@/lib/errors/app-error";
import type { Transaction } from "../transaction";
import type { AnyPublishableType } from "./publishable-type";
import { recordRows } from "./record-tables";

/**
 * Moves a record to its next version if nobody has since `expectedVersion` (optimistic concurrency:
 * one compare-and-set, so two saves made against the same version never both win). Returns the
 * record's status. Throws NOT_FOUND when it is gone and EDIT_CONFLICT, with the record as it is now,
 * when someone saved meanwhile; the caller's transaction then changes nothing.
 */
export async function claimVersion(tx: Transaction, type: AnyPublishableType, id: string, expectedVersion: number): Promise<string> {
  const rows = recordRows(tx, type);
  const claimed = await rows.updateMany({ where: { id, version: expectedVersion }, data: { version: { increment: 1 } } });
  const row = await rows.findUnique({ where: { id }, select: { status: true } });
  if (!row) throw new AppError("NOT_FOUND", { key: type.gone });
  if (claimed.count === 0) throw await editConflict(tx, type, id);
  return row.status;
}

/** The refusal of a change made against a version someone has since moved on from, with the record as it is now. */
export async function editConflict(tx: Transaction, type: AnyPublishableType, id: string): Promise<AppError> {
  const { snapshot, version } = await type.readSnapshot(tx, id);
  return new AppError("EDIT_CONFLICT", type.conflict, { conflict: { current: snapshot, currentVersion: version } });
}

/** Refuses a slug another record of the same kind already has, beside the slug field. */
export async function assertSlugFree(tx: Transaction, type: AnyPublishableType, slug: string, exceptId?: string): Promise<void> {
  const rows = recordRows(tx, type);
  const clash = exceptId
    ? await rows.findFirst({ where: { slug, NOT: { id: exceptId } }, select: { id: true } })
    : await rows.findUnique({ where: { slug }, select: { id: true } });
  if (clash) throw new AppError("INVALID_INPUT", { key: "slugTaken", params: { slug } }, { field: "slug" });
}
