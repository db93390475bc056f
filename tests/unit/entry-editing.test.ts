import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import type { AppError } from "@/lib/errors/app-error";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { type EntryEditInput, entryEditSchema } from "@/lib/validation/entry-edit";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { updateRecord } = await import("@/lib/data/publishing/update-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { deleteRecord } = await import("@/lib/data/publishing/delete-record");
const { restoreRecordRevision } = await import("@/lib/data/publishing/restore-record-revision");
const { listRecordRevisions } = await import("@/lib/data/publishing/list-record-revisions");
const { allowedMoves } = await import("@/lib/content/publication-moves");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { searchCollection } = await import("@/lib/data/search/search-collection");
const { diffSnapshots } = await import("@/lib/revisions/diff-snapshots");
const { db } = await import("@/lib/db");

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const text = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

function form(overrides: Partial<EntryEditInput> = {}): EntryEditInput {
  return {
    slug: "new-memorial",
    kind: "memorial",
    latitude: "55.5",
    longitude: "37.5",
    date: "1985-05",
    translations: { en: { ...text, title: "New memorial" }, ru: { ...text, title: "" } },
    comparableTo: ["rzhev-memorial"],
    ...overrides,
  };
}

// Seeding the reference collection takes several seconds, more on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("the editor's schema", () => {
  it("reports field errors on bad input", () => {
    const result = entryEditSchema.safeParse(
      form({
        slug: "Bad Slug",
        latitude: "95",
        longitude: "",
        date: "sometime",
        translations: { en: { ...text, title: "" }, ru: { ...text, title: "" } },
      }),
    );
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["slug", "latitude", "date", "translations.en.title"]));
  });
});

describe("saving entries", () => {
  let entryId = "";

  it("creates a draft with its first revision, linked as comparable, not yet public", async () => {
    const created = await createEntryDraft(entryEditSchema.parse(form()), EDITOR);
    entryId = created.id;
    const row = await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { status: true, version: true, startMonth: true } });
    expect(row).toEqual({ status: "draft", version: 1, startMonth: 5 });
    expect(await getPublishedEntry({ slug: "new-memorial", locale: "en" })).toBeNull();
    const revisions = await listRecordRevisions(ENTRY, entryId);
    expect(revisions.map((r) => [r.version, r.action, r.authorEmail])).toEqual([[1, "create", EDITOR.email]]);
    expect(revisions[0]!.snapshot).toMatchObject({
      relations: [{ type: "comparable_to", target: "rzhev-memorial", note: { en: "", ru: "" }, source: null }],
      citations: [],
    });
  });

  it("moves through review to publication only as each role may", async () => {
    expect(allowedMoves("editor", "draft")).toEqual(["in_review"]);
    expect(allowedMoves("teacher", "draft")).toEqual([]);
    await expect(changeRecordStatus(ENTRY, { id: entryId, expectedVersion: 1, to: "published", actor: EDITOR })).rejects.toThrow();
    await changeRecordStatus(ENTRY, { id: entryId, expectedVersion: 1, to: "in_review", actor: EDITOR });
    await changeRecordStatus(ENTRY, { id: entryId, expectedVersion: 2, to: "published", actor: CURATOR });
    const rzhev = await getPublishedEntry({ slug: "rzhev-memorial", locale: "en" });
    expect(rzhev!.relations.some((r) => r.entry.slug === "new-memorial" && r.type === "comparable_to")).toBe(true);
    expect((await searchCollection({ query: "New memorial", locale: "en", limit: 5 })).entries.map((e) => e.slug)).toContain(
      "new-memorial",
    );
  });

  it("refuses a save based on an old version, changing nothing", async () => {
    await updateRecord(ENTRY, {
      id: entryId,
      expectedVersion: 3,
      edit: entryEditSchema.parse(form({ translations: { en: { ...text, title: "First title" }, ru: { ...text, title: "" } } })),
      actor: CURATOR,
    });
    const stale = updateRecord(ENTRY, {
      id: entryId,
      expectedVersion: 3,
      edit: entryEditSchema.parse(form({ translations: { en: { ...text, title: "Second title" }, ru: { ...text, title: "" } } })),
      actor: CURATOR,
    });
    await expect(stale).rejects.toMatchObject({ code: "EDIT_CONFLICT" });
    const { conflict } = (await stale.catch((e: unknown) => e)) as AppError<EntrySnapshot>;
    expect(conflict!.currentVersion).toBe(4);
    expect(conflict!.current.translations.en?.title).toBe("First title");
    expect((await getPublishedEntry({ slug: "new-memorial", locale: "en" }))!.text.title).toBe("First title");
  });

  it("restores an old revision as a new one, and diffs revisions field by field", async () => {
    const before = await listRecordRevisions(ENTRY, entryId);
    const diff = diffSnapshots(before[1]!.snapshot, before[0]!.snapshot);
    expect(diff).toEqual([{ field: "translations.en.title", before: "New memorial", after: "First title" }]);
    const { version } = await restoreRecordRevision(ENTRY, { id: entryId, version: 1, expectedVersion: 4, actor: CURATOR });
    expect(version).toBe(5);
    const after = await listRecordRevisions(ENTRY, entryId);
    expect(after[0]).toMatchObject({ version: 5, action: "restore", authorEmail: CURATOR.email });
    expect((await getPublishedEntry({ slug: "new-memorial", locale: "en" }))!.text.title).toBe("New memorial");
    // The status is the entry's current one, not the old revision's.
    expect((await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { status: true } })).status).toBe("published");
  });
});

describe("deleting entries", () => {
  it("is for curators only, removes the entry with its links, and keeps its last state in the audit log", async () => {
    const created = await createEntryDraft(
      entryEditSchema.parse(form({ slug: "to-be-deleted", comparableTo: ["mamayev-kurgan"] })),
      EDITOR,
    );
    await expect(deleteRecord(ENTRY, { id: created.id, expectedVersion: 1, actor: EDITOR })).rejects.toThrow();
    await expect(deleteRecord(ENTRY, { id: created.id, expectedVersion: 0, actor: CURATOR })).rejects.toMatchObject({
      code: "EDIT_CONFLICT",
    });
    await deleteRecord(ENTRY, { id: created.id, expectedVersion: 1, actor: CURATOR });
    expect(await db.entry.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await db.entryRelation.count({ where: { OR: [{ fromId: created.id }, { toId: created.id }] } })).toBe(0);
    expect(await db.revision.count({ where: { entryId: created.id } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "entry.delete", targetId: created.id } });
    expect(audit.actorEmail).toBe(CURATOR.email);
    expect(JSON.parse(audit.detail).snapshot.slug).toBe("to-be-deleted");
  });
});
