import { beforeAll, describe, expect, it } from "vitest";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { CURATOR, EDITOR, entryEdit } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { saveRecordEdit } = await import("@/lib/data/publishing/save-record-edit");
const { getOwnPendingRevision } = await import("@/lib/data/publishing/get-own-pending-revision");
const { approvePendingRevision } = await import("@/lib/data/publishing/approve-pending-revision");
const { declinePendingRevision } = await import("@/lib/data/publishing/decline-pending-revision");
const { listPendingRevisions } = await import("@/lib/data/review/list-pending-revisions");
const { countReviewQueue } = await import("@/lib/data/review/count-review-queue");
const { db } = await import("@/lib/db");

const SECOND_EDITOR = { ...EDITOR, id: "editor-2", email: "second-editor@example.org" };

beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

/** A published entry, version 2 (created, then published by a curator). */
async function publishedEntry(slug: string) {
  const created = await createEntryDraft(entryEditSchema.parse(entryEdit(slug)), CURATOR);
  await changeRecordStatus(ENTRY, { id: created.id, expectedVersion: 1, to: "published", actor: CURATOR });
  return created.id;
}

function withSummary(slug: string, summary: string) {
  const edit = entryEdit(slug);
  return entryEditSchema.parse({ ...edit, translations: { ...edit.translations, en: { ...edit.translations.en!, summary } } });
}

async function pendingIdOf(recordId: string, authorId: string) {
  return (await db.pendingRevision.findFirstOrThrow({ where: { entryId: recordId, authorId }, select: { id: true, updatedAt: true } }))!;
}

describe("proposed changes to published work", () => {
  it("keep the published version as it is, one per editor: saving again replaces the proposal", async () => {
    const id = await publishedEntry("proposal-kept-apart");
    const first = await saveRecordEdit(ENTRY, {
      id,
      expectedVersion: 2,
      edit: withSummary("proposal-kept-apart", "First idea"),
      actor: EDITOR,
    });
    expect(first).toEqual({ outcome: "proposed" });
    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-kept-apart", "Better idea"), actor: EDITOR });
    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-kept-apart", "Other idea"), actor: SECOND_EDITOR });

    const live = (await getRecordForEditing(ENTRY, "proposal-kept-apart"))!;
    expect(live.version).toBe(2);
    expect(live.snapshot.translations.en?.summary).toBe("A summary");
    expect(await db.pendingRevision.count({ where: { entryId: id } })).toBe(2);
    const own = (await getOwnPendingRevision(ENTRY, id, EDITOR.id))!;
    expect(own).toMatchObject({ status: "pending", baseVersion: 2, reason: null });
    expect(own.snapshot.translations.en?.summary).toBe("Better idea");
    expect(own.snapshot.status).toBe("published");

    const queue = await listPendingRevisions({ locale: "en", page: { page: 1, size: 50 } });
    const mine = queue.items.find((item) => item.slug === "proposal-kept-apart" && item.proposedBy.email === EDITOR.email);
    expect(mine).toMatchObject({ type: "entry", slug: "proposal-kept-apart", baseVersion: 2, currentVersion: 2 });
    expect(mine!.changes).toEqual([{ field: "translations.en.summary", before: "A summary", after: "Better idea" }]);
    expect(await countReviewQueue()).toBeGreaterThanOrEqual(2);
    const audit = await db.auditEvent.count({ where: { targetId: id, action: "entry.propose" } });
    expect(audit).toBe(3);
  });

  it("are refused like a save when the published version moved on, or would take a slug another entry has", async () => {
    const id = await publishedEntry("proposal-refused");
    await expect(
      saveRecordEdit(ENTRY, { id, expectedVersion: 1, edit: withSummary("proposal-refused", "Stale"), actor: EDITOR }),
    ).rejects.toMatchObject({ code: "EDIT_CONFLICT" });
    await expect(
      saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: entryEditSchema.parse(entryEdit("rzhev-memorial")), actor: EDITOR }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "slug" });
    expect(await db.pendingRevision.count({ where: { entryId: id } })).toBe(0);
    // The preview rolled back: nothing of the refused edit reached the entry.
    expect((await getRecordForEditing(ENTRY, "proposal-refused"))!.version).toBe(2);
  });

  it("go live when a curator approves: a revision in the proposer's name, the curator's audit line, the proposal gone", async () => {
    const id = await publishedEntry("proposal-approved");
    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-approved", "Approved text"), actor: EDITOR });
    const pending = await pendingIdOf(id, EDITOR.id);
    await expect(approvePendingRevision(ENTRY, { pendingId: pending.id, seenAt: pending.updatedAt, actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await approvePendingRevision(ENTRY, { pendingId: pending.id, seenAt: pending.updatedAt, actor: CURATOR })).toEqual({
      version: 3,
    });
    const live = (await getRecordForEditing(ENTRY, "proposal-approved"))!;
    expect(live.snapshot).toMatchObject({ status: "published", translations: { en: { summary: "Approved text" } } });
    const [revision] = await listRecordRevisions(ENTRY, id);
    expect(revision).toMatchObject({ version: 3, action: "approve", authorEmail: EDITOR.email });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "entry.approve" } });
    expect(audit.actorEmail).toBe(CURATOR.email);
    expect(JSON.parse(audit.detail)).toEqual({ version: 3, proposedBy: EDITOR.email });
    expect(await getOwnPendingRevision(ENTRY, id, EDITOR.id)).toBeNull();
  });

  it("cannot be approved once the published version moved on, nor over words changed since the curator read them", async () => {
    const id = await publishedEntry("proposal-stale");
    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-stale", "Editor's text"), actor: EDITOR });
    const seen = await pendingIdOf(id, EDITOR.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-stale", "Editor's later text"), actor: EDITOR });
    await expect(approvePendingRevision(ENTRY, { pendingId: seen.id, seenAt: seen.updatedAt, actor: CURATOR })).rejects.toMatchObject({
      code: "EDIT_CONFLICT",
    });

    const later = await pendingIdOf(id, EDITOR.id);
    await updateRecord(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-stale", "Curator's text"), actor: CURATOR });
    await expect(approvePendingRevision(ENTRY, { pendingId: later.id, seenAt: later.updatedAt, actor: CURATOR })).rejects.toMatchObject({
      code: "EDIT_CONFLICT",
    });
    expect((await getRecordForEditing(ENTRY, "proposal-stale"))!.snapshot.translations.en?.summary).toBe("Curator's text");
    // Still waiting, for the curator to decline.
    expect((await getOwnPendingRevision(ENTRY, id, EDITOR.id))!.status).toBe("pending");
    const listed = (await listPendingRevisions({ locale: "en", page: { page: 1, size: 50 } })).items.find(
      (item) => item.pendingId === later.id,
    );
    expect(listed).toMatchObject({ baseVersion: 2, currentVersion: 3 });
  });

  it("when declined, keep the reason for the editor, leave the queue, and wait again once the editor saves anew", async () => {
    const id = await publishedEntry("proposal-declined");
    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-declined", "Unsourced"), actor: EDITOR });
    const pending = await pendingIdOf(id, EDITOR.id);
    await declinePendingRevision(ENTRY, { pendingId: pending.id, seenAt: pending.updatedAt, reason: "Cite a source.", actor: CURATOR });
    expect(await getOwnPendingRevision(ENTRY, id, EDITOR.id)).toMatchObject({
      status: "declined",
      reason: "Cite a source.",
      decidedByEmail: CURATOR.email,
    });
    expect(
      (await listPendingRevisions({ locale: "en", page: { page: 1, size: 50 } })).items.some((item) => item.pendingId === pending.id),
    ).toBe(false);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "entry.proposal.declined" } });
    expect(JSON.parse(audit.detail)).toEqual({ proposedBy: EDITOR.email, reason: "Cite a source." });
    await expect(
      declinePendingRevision(ENTRY, { pendingId: pending.id, seenAt: pending.updatedAt, reason: "Again", actor: CURATOR }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-declined", "Sourced"), actor: EDITOR });
    expect(await getOwnPendingRevision(ENTRY, id, EDITOR.id)).toMatchObject({ status: "pending", reason: null, decidedByEmail: null });
  });

  it("are not made for curators, who change published work directly, nor for editors on drafts", async () => {
    const id = await publishedEntry("proposal-curator");
    expect(
      await saveRecordEdit(ENTRY, { id, expectedVersion: 2, edit: withSummary("proposal-curator", "Direct"), actor: CURATOR }),
    ).toEqual({ outcome: "saved", version: 3 });
    const draft = await createEntryDraft(entryEditSchema.parse(entryEdit("proposal-draft")), EDITOR);
    expect(
      await saveRecordEdit(ENTRY, { id: draft.id, expectedVersion: 1, edit: withSummary("proposal-draft", "Draft"), actor: EDITOR }),
    ).toEqual({ outcome: "saved", version: 2 });
    expect(await db.pendingRevision.count({ where: { entryId: { in: [id, draft.id] } } })).toBe(0);
  });
});
