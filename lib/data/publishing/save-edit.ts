import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { AppError } from "@/lib/errors/app-error";
import type { Transaction } from "../transaction";
import { assertSlugFree, claimVersion } from "./claim-version";
import type { AnyPublishableType, EditOf } from "./publishable-type";
import { recordPartnerRevisions } from "./record-partner-revisions";
import { auditRecord, type RevisionAction, recordRevision } from "./record-revision";

export interface SaveEditInput<T extends AnyPublishableType> {
  id: string;
  expectedVersion: number;
  edit: EditOf<T>;
  /** Who saves it: their role decides, and the audit line names them. */
  actor: StaffUser;
  action: Extract<RevisionAction, "update" | "restore" | "approve">;
  /** Whose words the revision holds, when not the actor's (an approved proposal is its proposer's). */
  author?: Pick<StaffUser, "id" | "email">;
  /** More for the audit line beside the version. */
  detail?: Record<string, unknown>;
}

/**
 * An edit saved inside the caller's transaction: the version claimed (EDIT_CONFLICT with what is there
 * now if someone saved since), editors refused on published work, the slug checked, the fields written,
 * the revision, the audit line and the revisions of the records a symmetric link changed. Returns the
 * new version.
 */
export async function saveEdit<T extends AnyPublishableType>(tx: Transaction, type: T, input: SaveEditInput<T>): Promise<number> {
  const slug = type.slugOf(input.edit);
  const status = await claimVersion(tx, type, input.id, input.expectedVersion);
  if (!mayEditInStatus(input.actor.role, status)) throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
  await type.assertMayChange?.(tx, input.id, input.actor);
  await assertSlugFree(tx, type, slug, input.id);
  const partners = await type.writeFields(tx, input.id, input.edit);
  const version = await recordRevision(tx, type, input.id, input.action, input.author ?? input.actor);
  await auditRecord(tx, type, { actor: input.actor, action: input.action, id: input.id, detail: { version, ...input.detail } });
  await recordPartnerRevisions(tx, type, { partners, actor: input.actor, linkedFrom: slug });
  return version;
}
