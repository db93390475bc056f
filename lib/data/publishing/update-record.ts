import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertSlugFree, claimVersion } from "./claim-version";
import type { AnyPublishableType, EditOf } from "./publishable-type";
import { recordPartnerRevisions } from "./record-partner-revisions";
import { auditRecord, recordRevision } from "./record-revision";

/**
 * Saves an edit of any publishable record made against `expectedVersion`, with its revision, its
 * audit line and the revisions of the records it links to, all in one transaction. Throws
 * EDIT_CONFLICT (with what is there now) when someone saved meanwhile and FORBIDDEN when an editor
 * would change what is published; then nothing changes. The status is not part of an edit.
 */
export async function updateRecord<T extends AnyPublishableType>(
  type: T,
  input: { id: string; expectedVersion: number; edit: EditOf<T>; actor: StaffUser; action?: "update" | "restore" },
): Promise<{ version: number }> {
  const action = input.action ?? "update";
  const slug = type.slugOf(input.edit);
  return db.$transaction(async (tx) => {
    const status = await claimVersion(tx, type, input.id, input.expectedVersion);
    if (!mayEditInStatus(input.actor.role, status)) throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
    await type.assertMayChange?.(tx, input.id, input.actor);
    await assertSlugFree(tx, type, slug, input.id);
    const partners = await type.writeFields(tx, input.id, input.edit);
    const version = await recordRevision(tx, type, input.id, action, input.actor);
    await auditRecord(tx, type, { actor: input.actor, action, id: input.id, detail: { version } });
    await recordPartnerRevisions(tx, type, { partners, actor: input.actor, linkedFrom: slug });
    return { version };
  });
}
