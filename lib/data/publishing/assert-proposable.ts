import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import type { Transaction } from "../transaction";
import { editConflict } from "./claim-version";
import type { AnyPublishableType } from "./publishable-type";
import { recordRows } from "./record-tables";

/**
 * Refuses, inside a transaction, a proposed change that may not be made: by a role that may not edit
 * this kind (FORBIDDEN), to a record that is gone (NOT_FOUND) or has moved on from `expectedVersion`
 * (EDIT_CONFLICT with what is there now), or to one that is not published (archived work is the
 * curators' alone; drafts are edited directly).
 */
export async function assertProposable(
  tx: Transaction,
  type: AnyPublishableType,
  input: { id: string; expectedVersion: number; actor: StaffUser },
): Promise<void> {
  if (!can(input.actor.role, type.draftPermission ?? "entries.edit")) throw new AppError("FORBIDDEN");
  const row = await recordRows(tx, type).findUnique({ where: { id: input.id }, select: { status: true, version: true } });
  if (!row) throw new AppError("NOT_FOUND", { key: type.gone });
  if (row.version !== input.expectedVersion) throw await editConflict(tx, type, input.id);
  if (row.status !== "published") throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
  await type.assertMayChange?.(tx, input.id, input.actor);
}
