import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CURATOR, EDITOR, entryEdit, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "import-drafts-"));
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { startImport } = await import("@/lib/import/start-import");
const { startImportJob } = await import("@/lib/import/import-job-runner");
const { storeImportFile } = await import("@/lib/import/import-files");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { createImportJob } = await import("@/lib/data/imports/create-import-job");
const { countImportEntries } = await import("@/lib/data/imports/count-import-entries");
const { moveImportDrafts } = await import("@/lib/data/imports/move-import-drafts");
const { CSV_HEADER } = await import("@/lib/open-data/csv-record");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { db } = await import("@/lib/db");

const COLUMNS = ["external_id", ...CSV_HEADER];
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csv = (rows: Record<string, string>[]) =>
  [COLUMNS.join(","), ...rows.map((cells) => COLUMNS.map((name) => csvCell(cells[name] ?? "")).join(","))].join("\r\n");
const utf8 = (text: string) => new TextEncoder().encode(text);

async function waitFor(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out");
}

/** Runs a file as the import page does and waits for the job to finish. */
async function imported(name: string, rows: Record<string, string>[], actor = CURATOR, dryRun = false): Promise<string> {
  const job = await startImport({ fileName: name, bytes: utf8(csv(rows)), dryRun, actor });
  await waitFor(async () => !["queued", "running"].includes((await getImportJob(job.id))!.status));
  return job.id;
}

/**
 * Uploads a file as startImport does, but leaves the job waiting in the queue (as it waits behind
 * another import) until `run` starts it and waits for it to finish: what its person does meanwhile
 * happens, for certain, while the import is under way.
 */
async function queuedImport(name: string, rows: Record<string, string>[], actor = CURATOR) {
  const bytes = utf8(csv(rows));
  const id = randomUUID();
  const filePath = await storeImportFile(id, "csv", bytes);
  await createImportJob({
    id,
    format: "csv",
    fileName: name,
    filePath,
    byteSize: bytes.byteLength,
    dryRun: false,
    totalRows: rows.length,
    actor,
  });
  return {
    id,
    run: async () => {
      startImportJob(id);
      await waitFor(async () => !["queued", "running"].includes((await getImportJob(id))!.status));
    },
  };
}

const statusOf = async (externalId: string) => (await db.entry.findUniqueOrThrow({ where: { externalId } })).status;
const none = { draft: 0, in_review: 0, published: 0, archived: 0 };

beforeAll(async () => {
  await seedReferenceData();
  for (const person of [CURATOR, EDITOR]) await db.user.create({ data: staffAccount(person) });
}, 120_000);

describe("an import's drafts, sent for review or published in one step", () => {
  it("counts the job's own new entries by status now, leaving out flagged duplicates, earlier jobs and entries made by hand", async () => {
    const earlier = await imported("earlier.csv", [{ external_id: "earlier-1", title_en: "Earlier import", kind: "place" }]);
    await createEntries([{ entry: entryEdit("made-by-hand-before") }], { actor: CURATOR });
    const mamayev = await db.entry.findUniqueOrThrow({ where: { slug: "mamayev-kurgan" }, select: { version: true, status: true } });
    const id = await imported("memorials.csv", [
      { external_id: "count-1", title_en: "Count one", kind: "memorial", latitude: "55.1", longitude: "37.1" },
      { external_id: "count-2", title_en: "Count two", kind: "event", date: "1942" },
      { external_id: "count-3", title_en: "Count three", kind: "place" },
      { external_id: "count-dup", title_en: "Mamaev Kurgan", kind: "memorial", latitude: "48.7423", longitude: "44.5371" },
    ]);
    expect((await getImportJob(id))!.counts).toMatchObject({ created: 3, duplicates: 1 });
    expect(await countImportEntries(id)).toEqual({ ...none, draft: 3 });
    expect(await countImportEntries(earlier)).toEqual({ ...none, draft: 1 });

    // Moved on by hand since: one published, one sent for review; each is counted where it is now.
    const one = await db.entry.findUniqueOrThrow({ where: { externalId: "count-1" } });
    await changeRecordStatus(ENTRY, { id: one.id, expectedVersion: one.version, to: "published", actor: CURATOR });
    const two = await db.entry.findUniqueOrThrow({ where: { externalId: "count-2" } });
    await changeRecordStatus(ENTRY, { id: two.id, expectedVersion: two.version, to: "in_review", actor: EDITOR });
    expect(await countImportEntries(id)).toEqual({ ...none, draft: 1, in_review: 1, published: 1 });

    // The flagged duplicate was not created, and the entry it resembles is untouched.
    expect(await db.entry.count({ where: { externalId: "count-dup" } })).toBe(0);
    expect(await db.entry.findUniqueOrThrow({ where: { slug: "mamayev-kurgan" }, select: { version: true, status: true } })).toEqual(
      mamayev,
    );
  }, 120_000);

  it("sends every draft for review (an editor may), publishes drafts and entries in review (curators only), once", async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ external_id: `move-${i}`, title_en: `Move ${i}`, kind: "place" }));
    const id = await imported("move.csv", rows);
    await createEntries([{ entry: entryEdit("made-by-hand-meanwhile") }], { actor: CURATOR });
    const published = await db.entry.findUniqueOrThrow({ where: { externalId: "move-4" } });
    await changeRecordStatus(ENTRY, { id: published.id, expectedVersion: 1, to: "published", actor: CURATOR });

    expect(await moveImportDrafts(id, { to: "in_review", actor: EDITOR })).toEqual({ changed: 4 });
    expect(await countImportEntries(id)).toEqual({ ...none, in_review: 4, published: 1 });
    const sent = await db.entry.findUniqueOrThrow({
      where: { externalId: "move-0" },
      include: { revisions: { orderBy: { version: "asc" } } },
    });
    expect(sent.revisions.map((r) => [r.version, r.action, r.authorId])).toEqual([
      [1, "create", CURATOR.id],
      [2, "status", EDITOR.id],
    ]);
    expect(await db.auditEvent.count({ where: { targetId: sent.id, action: "entry.status.in_review", actorId: EDITOR.id } })).toBe(1);
    expect(await moveImportDrafts(id, { to: "in_review", actor: EDITOR })).toEqual({ changed: 0 });

    await expect(moveImportDrafts(id, { to: "published", actor: EDITOR })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await countImportEntries(id)).toEqual({ ...none, in_review: 4, published: 1 });

    expect(await moveImportDrafts(id, { to: "published", actor: CURATOR })).toEqual({ changed: 4 });
    expect(await countImportEntries(id)).toEqual({ ...none, published: 5 });
    expect(await moveImportDrafts(id, { to: "published", actor: CURATOR })).toEqual({ changed: 0 });
    expect(await statusOf("move-0")).toBe("published");
    expect((await db.entry.findUniqueOrThrow({ where: { externalId: "move-4" } })).version).toBe(2);
    expect((await db.entry.findUniqueOrThrow({ where: { slug: "made-by-hand-meanwhile" } })).status).toBe("draft");
  }, 120_000);

  it("leaves out what its person made meanwhile by hand or by another import: Publish all never touches those", async () => {
    const queued = await queuedImport("meanwhile.csv", [
      { external_id: "meanwhile-1", title_en: "Meanwhile one", kind: "place" },
      { external_id: "meanwhile-2", title_en: "Meanwhile two", kind: "place" },
    ]);
    // While the job waits its turn, the person who started it makes an entry by hand and runs another import.
    await createEntries([{ entry: entryEdit("made-by-hand-while-importing") }], { actor: CURATOR });
    const other = await imported("other-meanwhile.csv", [{ external_id: "other-meanwhile-1", title_en: "Other meanwhile", kind: "place" }]);
    await queued.run();
    expect((await getImportJob(queued.id))!.counts).toMatchObject({ created: 2 });

    expect(await countImportEntries(queued.id)).toEqual({ ...none, draft: 2 });
    expect(await countImportEntries(other)).toEqual({ ...none, draft: 1 });
    expect(await moveImportDrafts(queued.id, { to: "published", actor: CURATOR })).toEqual({ changed: 2 });
    expect(await statusOf("meanwhile-1")).toBe("published");
    expect(await statusOf("meanwhile-2")).toBe("published");
    expect((await db.entry.findUniqueOrThrow({ where: { slug: "made-by-hand-while-importing" } })).status).toBe("draft");
    expect(await statusOf("other-meanwhile-1")).toBe("draft");

    // Which import made an entry is for staff: the public API does not say.
    const { slug } = await db.entry.findUniqueOrThrow({ where: { externalId: "meanwhile-1" } });
    const published = JSON.stringify(await getPublishedEntry({ slug, locale: "en" }));
    expect(published).toContain(slug);
    expect(published).not.toContain(queued.id);
    expect(published).not.toContain("importJob");
  }, 120_000);

  it("keeps an entry with the import that created it when a later import updates it", async () => {
    const first = await imported("first.csv", [{ external_id: "kept-1", title_en: "Kept one", kind: "place" }]);
    const later = await imported("later.csv", [
      { external_id: "kept-1", title_en: "Kept one, renamed", kind: "place" },
      { external_id: "kept-2", title_en: "Kept two", kind: "place" },
    ]);
    expect((await getImportJob(later))!.counts).toMatchObject({ created: 1, updated: 1 });
    expect(await countImportEntries(first)).toEqual({ ...none, draft: 1 });
    expect(await countImportEntries(later)).toEqual({ ...none, draft: 1 });
    expect(await moveImportDrafts(later, { to: "in_review", actor: CURATOR })).toEqual({ changed: 1 });
    expect(await statusOf("kept-1")).toBe("draft");
    expect(await statusOf("kept-2")).toBe("in_review");
  }, 120_000);

  it("never moves an entry back: one archived or published since stays as it is", async () => {
    const id = await imported("back.csv", [
      { external_id: "back-1", title_en: "Back one", kind: "place" },
      { external_id: "back-2", title_en: "Back two", kind: "place" },
    ]);
    const archived = await db.entry.findUniqueOrThrow({ where: { externalId: "back-1" } });
    await changeRecordStatus(ENTRY, { id: archived.id, expectedVersion: 1, to: "published", actor: CURATOR });
    await changeRecordStatus(ENTRY, { id: archived.id, expectedVersion: 2, to: "archived", actor: CURATOR });
    expect(await moveImportDrafts(id, { to: "published", actor: CURATOR })).toEqual({ changed: 1 });
    expect(await statusOf("back-1")).toBe("archived");
    expect(await statusOf("back-2")).toBe("published");
    expect(await moveImportDrafts(id, { to: "in_review", actor: CURATOR })).toEqual({ changed: 0 });
    expect(await statusOf("back-2")).toBe("published");
  }, 120_000);

  it("refuses an import that has not finished, a dry run, and one that does not exist", async () => {
    const queued = await createImportJob({
      id: "never-started",
      format: "csv",
      fileName: "waiting.csv",
      filePath: "imports/never-started.csv",
      byteSize: 1,
      dryRun: false,
      totalRows: 1,
      actor: CURATOR,
    });
    await expect(moveImportDrafts(queued.id, { to: "in_review", actor: CURATOR })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(countImportEntries(queued.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await db.importJob.delete({ where: { id: queued.id } });

    const dry = await imported("dry.csv", [{ external_id: "dry-1", title_en: "Dry", kind: "place" }], CURATOR, true);
    await expect(moveImportDrafts(dry, { to: "published", actor: CURATOR })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(moveImportDrafts("no-such-import", { to: "in_review", actor: CURATOR })).rejects.toMatchObject({ code: "NOT_FOUND" });
  }, 120_000);

  it("goes through a large import a page and a transaction at a time", async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => ({ external_id: `large-${i}`, title_en: `Large ${i}`, kind: "place" }));
    const id = await imported("large.csv", rows);
    expect(await countImportEntries(id)).toEqual({ ...none, draft: 1100 });
    expect(await moveImportDrafts(id, { to: "in_review", actor: EDITOR })).toEqual({ changed: 1100 });
    expect(await countImportEntries(id)).toEqual({ ...none, in_review: 1100 });
    expect(await db.revision.count({ where: { action: "status", entry: { externalId: { startsWith: "large-" } } } })).toBe(1100);
    expect(await db.auditEvent.count({ where: { action: "entry.status.in_review", actorId: EDITOR.id } })).toBeGreaterThanOrEqual(1100);
  }, 300_000);
});
