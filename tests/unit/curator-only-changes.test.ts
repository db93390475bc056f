import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { type EntryEditInput, entryEditSchema } from "@/lib/validation/entry-edit";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { deleteRecord } = await import("@/lib/data/publishing/delete-record");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { listDeletedEntries } = await import("@/lib/data/entries/list-deleted-entries");
const { restoreDeletedEntry } = await import("@/lib/data/entries/restore-deleted-entry");
const { db } = await import("@/lib/db");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const text = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

function edit(overrides: Partial<EntryEditInput> = {}): EntryEditInput {
  return {
    slug: "memorial-to-be-deleted",
    kind: "memorial",
    latitude: "56.2",
    longitude: "34.3",
    date: "1985-05",
    translations: {
      en: { ...text, title: "Memorial to be deleted", authors: "A. Sculptor" },
      ru: { ...text, title: "Удаляемый мемориал" },
    },
    relations: [
      { type: "comparable_to", target: "rzhev-memorial", note: { en: "Same battle", ru: "" }, source: "" },
      { type: "commemorates", target: "battles-of-rzhev", note: { en: "", ru: "" }, source: "tass-rzhev-liberation-80" },
    ],
    citations: [{ source: "tass-rzhev-liberation-80", field: "date", note: { en: "p. 2", ru: "" } }],
    ...overrides,
  };
}

async function createAndDelete(overrides: Partial<EntryEditInput> = {}) {
  const created = await createEntryDraft(entryEditSchema.parse(edit(overrides)), EDITOR);
  const before = (await getRecordForEditing(ENTRY, created.slug))!.snapshot;
  await deleteRecord(ENTRY, { id: created.id, expectedVersion: 1, actor: CURATOR });
  const [deleted] = (await listDeletedEntries({ locale: "ru", page: { page: 1, size: 50 } })).items;
  return { before, deleted: deleted! };
}

// Seeding the reference collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("deleted entries", () => {
  it("are listed from the audit log, newest first, titled in the reader's language", async () => {
    const { deleted } = await createAndDelete();
    expect(deleted).toMatchObject({
      slug: "memorial-to-be-deleted",
      title: "Удаляемый мемориал",
      kind: "memorial",
      deletedBy: CURATOR.email,
      slugTaken: false,
      restored: false,
    });
  });

  it("come back as a draft with their text, place, date, links and citations, with a first revision and an audit line", async () => {
    const { before, deleted } = await createAndDelete({ slug: "memorial-restored" });
    const restored = await restoreDeletedEntry({ auditEventId: deleted.auditEventId, actor: CURATOR });
    const after = (await getRecordForEditing(ENTRY, restored.slug))!;
    expect(after.snapshot).toEqual({ ...before, status: "draft" });
    expect((await listRecordRevisions(ENTRY, after.id)).map((r) => [r.version, r.action, r.authorEmail])).toEqual([
      [1, "create", CURATOR.email],
    ]);
    const audit = await db.auditEvent.findFirst({ where: { action: "entry.undelete", targetId: after.id }, select: { detail: true } });
    expect(JSON.parse(audit!.detail)).toEqual({ fromAuditEvent: deleted.auditEventId, slug: "memorial-restored" });
    expect(
      (await listDeletedEntries({ locale: "en", page: { page: 1, size: 50 } })).items.find((d) => d.auditEventId === deleted.auditEventId),
    ).toMatchObject({
      slugTaken: true,
      restored: true,
    });
    await db.entry.update({ where: { id: after.id }, data: { slug: "memorial-restored-renamed" } });
    await expect(restoreDeletedEntry({ auditEventId: deleted.auditEventId, actor: CURATOR })).rejects.toThrow(/already been brought back/);
  });

  it("leave out links to entries deleted since, rather than failing", async () => {
    const partner = await createEntryDraft(
      entryEditSchema.parse(edit({ slug: "short-lived-partner", relations: [], citations: [] })),
      EDITOR,
    );
    const { deleted } = await createAndDelete({
      slug: "memorial-with-gone-partner",
      relations: [{ type: "comparable_to", target: "short-lived-partner", note: { en: "", ru: "" }, source: "" }],
    });
    // The comparable link gave the partner a version of its own.
    const { version } = await db.entry.findUniqueOrThrow({ where: { id: partner.id }, select: { version: true } });
    await deleteRecord(ENTRY, { id: partner.id, expectedVersion: version, actor: CURATOR });
    const restored = await restoreDeletedEntry({ auditEventId: deleted.auditEventId, actor: CURATOR });
    expect((await getRecordForEditing(ENTRY, restored.slug))!.snapshot.relations).toEqual([]);
  });

  it("are refused to editors, under a slug now taken, and for an id that is not a deletion", async () => {
    const { deleted } = await createAndDelete({ slug: "memorial-slug-reused" });
    await expect(restoreDeletedEntry({ auditEventId: deleted.auditEventId, actor: EDITOR })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const reuse = await createEntryDraft(
      entryEditSchema.parse(edit({ slug: "memorial-slug-reused", relations: [], citations: [] })),
      EDITOR,
    );
    await updateRecord(ENTRY, {
      id: reuse.id,
      expectedVersion: 1,
      edit: entryEditSchema.parse(edit({ slug: "memorial-slug-reused", relations: [], citations: [] })),
      actor: EDITOR,
    });
    await expect(restoreDeletedEntry({ auditEventId: deleted.auditEventId, actor: CURATOR })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "slug",
    });
    const other = await db.auditEvent.findFirstOrThrow({ where: { action: "entry.create" }, select: { id: true } });
    await expect(restoreDeletedEntry({ auditEventId: other.id, actor: CURATOR })).rejects.toThrow(/no deleted entry/);
  });
});

describe("published entries", () => {
  it("are changed only by curators: an editor's save is refused and nothing changes", async () => {
    const read = (slug: string) => getRecordForEditing(ENTRY, slug);
    const { snapshotToEdit } = await import("@/lib/data/entries/snapshot-to-edit");
    const published = (await read("rzhev-memorial"))!;
    expect(published.snapshot.status).toBe("published");
    const edit = await snapshotToEdit({
      ...published.snapshot,
      translations: { ...published.snapshot.translations, en: { ...published.snapshot.translations.en!, summary: "Changed by an editor" } },
    });
    await expect(updateRecord(ENTRY, { id: published.id, expectedVersion: published.version, edit, actor: EDITOR })).rejects.toThrow(
      /only a curator can change it/,
    );
    expect((await read("rzhev-memorial"))!.version).toBe(published.version);
    await updateRecord(ENTRY, { id: published.id, expectedVersion: published.version, edit, actor: CURATOR });
    expect((await read("rzhev-memorial"))!.snapshot.translations.en?.summary).toBe("Changed by an editor");
  });
});
