import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { EntryEdit } from "@/lib/validation/entry-edit";
import { assertSlugFree } from "../publishing/claim-version";
import { recordPartnerRevisions } from "../publishing/record-partner-revisions";
import { auditRecord, recordRevision } from "../publishing/record-revision";
import { ENTRY } from "./entry-record";
import { writeEntryFields } from "./write-entry-fields";

/** A new entry from the editor: always a draft, with its first revision and audit line. */
export async function createEntryDraft(edit: EntryEdit, actor: StaffUser): Promise<{ id: string; slug: string }> {
  return db.$transaction(async (tx) => {
    await assertSlugFree(tx, ENTRY, edit.slug);
    const entry = await tx.entry.create({ data: { slug: edit.slug, kind: edit.kind, status: "draft" }, select: { id: true, slug: true } });
    const partners = await writeEntryFields(tx, entry.id, edit);
    await recordRevision(tx, ENTRY, entry.id, "create", actor);
    await auditRecord(tx, ENTRY, { actor, action: "create", id: entry.id, detail: { slug: entry.slug } });
    await recordPartnerRevisions(tx, ENTRY, { partners, actor, linkedFrom: entry.slug });
    return entry;
  });
}
