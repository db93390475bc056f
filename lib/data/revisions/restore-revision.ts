import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { parseStoredSnapshot } from "@/lib/revisions/entry-snapshot";
import { updateEntry } from "../entries/save-entry";
import { snapshotToEdit } from "./snapshot-to-edit";

/** Saves an old revision's content again, as a new revision (the status stays as it is now). Curators only. */
export async function restoreRevision(input: {
  entryId: string;
  version: number;
  expectedVersion: number;
  actor: StaffUser;
}): Promise<{ version: number }> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const revision = await db.revision.findUnique({
    where: { entryId_version: { entryId: input.entryId, version: input.version } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", `There is no revision ${input.version} of this entry.`);
  const edit = await snapshotToEdit(parseStoredSnapshot(revision.snapshot));
  return updateEntry({ entryId: input.entryId, expectedVersion: input.expectedVersion, edit, actor: input.actor, action: "restore" });
}
