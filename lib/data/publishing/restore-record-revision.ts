import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { getRevisionSnapshot } from "./get-revision-snapshot";
import type { AnyPublishableType } from "./publishable-type";
import { updateRecord } from "./update-record";

/**
 * Saves an old revision's content again, as a new revision (the status stays as it is now). Curators
 * only. Links to records deleted since are left out rather than failing the whole restore.
 */
export async function restoreRecordRevision(
  type: AnyPublishableType,
  input: { id: string; version: number; expectedVersion: number; actor: StaffUser },
): Promise<{ version: number }> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const stored = await getRevisionSnapshot(type, input.id, input.version);
  if (!stored) throw new AppError("NOT_FOUND", `There is no revision ${input.version} of this ${type.name}.`);
  const edit = await type.storedToEdit(stored);
  return updateRecord(type, { id: input.id, expectedVersion: input.expectedVersion, edit, actor: input.actor, action: "restore" });
}
