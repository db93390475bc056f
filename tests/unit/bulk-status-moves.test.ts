import { beforeAll, describe, expect, it } from "vitest";
import { CURATOR, EDITOR, entryEdit } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

const database = setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { changeRecordStatuses } = await import("@/lib/data/publishing/change-record-statuses");
const { db } = await import("@/lib/db");

beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

async function drafts(prefix: string, count: number): Promise<string[]> {
  const created = await createEntries(
    Array.from({ length: count }, (_, i) => ({ entry: entryEdit(`${prefix}-${i}`) })),
    { actor: CURATOR },
  );
  return created.map((entry) => entry.id);
}

/** Each entry's status and version, its status revisions (version, author) and status audit lines (action, version). */
async function history(ids: string[]) {
  const entries = await db.entry.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, version: true, publishedAt: true },
  });
  const revisions = await db.revision.findMany({
    where: { entryId: { in: ids }, action: "status" },
    select: { entryId: true, version: true, authorId: true },
  });
  const audit = await db.auditEvent.findMany({
    where: { targetId: { in: ids }, action: { startsWith: "entry.status." } },
    select: { targetId: true, action: true, actorId: true, detail: true },
  });
  return ids.map((id) => {
    const entry = entries.find((e) => e.id === id)!;
    return {
      status: entry.status,
      version: entry.version,
      published: entry.publishedAt !== null,
      revisions: revisions.filter((r) => r.entryId === id).map((r) => [r.version, r.authorId]),
      audit: audit.filter((a) => a.targetId === id).map((a) => [a.action, a.actorId, JSON.parse(a.detail).version]),
    };
  });
}

/** Makes the audit log refuse lines about one record, as a failure half-way through a bulk move would. */
async function failAuditOf(id: string): Promise<void> {
  if (database.kind === "postgresql") {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION audit_refuses() RETURNS trigger AS $$ BEGIN IF NEW."targetId" = '${id}' THEN RAISE EXCEPTION 'audit log down'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER audit_refuses BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_refuses()`);
  } else {
    await db.$executeRawUnsafe(
      `CREATE TRIGGER audit_refuses BEFORE INSERT ON "AuditEvent" WHEN NEW."targetId" = '${id}' BEGIN SELECT RAISE(ABORT, 'audit log down'); END`,
    );
  }
}

async function mendAudit(): Promise<void> {
  if (database.kind === "postgresql") {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_refuses ON "AuditEvent"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS audit_refuses()`);
  } else {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS audit_refuses`);
  }
}

describe("moving many records at once (the lifecycle's batch form)", () => {
  it("moves only those in a `from` status, each with the revision and audit line a single move writes, and changes nothing the second time", async () => {
    const ids = await drafts("bulk-move", 5);
    // Moved on by hand before the bulk move: one sent for review, one published.
    await changeRecordStatus(ENTRY, { id: ids[3]!, expectedVersion: 1, to: "in_review", actor: EDITOR });
    await changeRecordStatus(ENTRY, { id: ids[4]!, expectedVersion: 1, to: "published", actor: CURATOR });

    const first = await changeRecordStatuses(ENTRY, { ids, from: ["draft"], to: "in_review", actor: EDITOR, batchSize: 2 });
    expect(first).toEqual({ changed: 3 });
    const after = await history(ids);
    for (const entry of after.slice(0, 3)) {
      expect(entry).toEqual({
        status: "in_review",
        version: 2,
        published: false,
        revisions: [[2, EDITOR.id]],
        audit: [["entry.status.in_review", EDITOR.id, 2]],
      });
    }
    expect(after[3]).toMatchObject({ status: "in_review", version: 2, revisions: [[2, EDITOR.id]] });
    expect(after[4]).toMatchObject({ status: "published", version: 2, revisions: [[2, CURATOR.id]] });

    // The revision is the same snapshot a single move stores.
    const revision = await db.revision.findFirstOrThrow({ where: { entryId: ids[0]!, version: 2 } });
    expect(JSON.parse(revision.snapshot)).toMatchObject({ slug: "bulk-move-0", status: "in_review" });

    const again = await changeRecordStatuses(ENTRY, { ids, from: ["draft"], to: "in_review", actor: EDITOR, batchSize: 2 });
    expect(again).toEqual({ changed: 0 });
    expect(await history(ids)).toEqual(after);
  });

  it("refuses an editor's publishing before writing anything, and publishes drafts and records in review for a curator, never moving one back", async () => {
    const ids = await drafts("bulk-publish", 4);
    await changeRecordStatus(ENTRY, { id: ids[0]!, expectedVersion: 1, to: "in_review", actor: EDITOR });
    await changeRecordStatus(ENTRY, { id: ids[1]!, expectedVersion: 1, to: "published", actor: CURATOR });
    await changeRecordStatus(ENTRY, { id: ids[1]!, expectedVersion: 2, to: "archived", actor: CURATOR });
    const before = await history(ids);

    await expect(changeRecordStatuses(ENTRY, { ids, from: ["draft", "in_review"], to: "published", actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(changeRecordStatuses(ENTRY, { ids, from: ["draft"], to: "published", actor: EDITOR })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await history(ids)).toEqual(before);

    const published = await changeRecordStatuses(ENTRY, { ids, from: ["draft", "in_review"], to: "published", actor: CURATOR });
    expect(published).toEqual({ changed: 3 });
    const after = await history(ids);
    expect(after.map((e) => e.status)).toEqual(["published", "archived", "published", "published"]);
    expect(after[0]).toMatchObject({
      version: 3,
      published: true,
      audit: expect.arrayContaining([["entry.status.published", CURATOR.id, 3]]),
    });
    expect(after[1]).toEqual(before[1]);
    expect(after[2]).toMatchObject({ version: 2, published: true, revisions: [[2, CURATOR.id]] });
  });

  it("refuses a move the workflow does not have", async () => {
    const ids = await drafts("bulk-nowhere", 1);
    await expect(changeRecordStatuses(ENTRY, { ids, from: ["archived"], to: "in_review", actor: CURATOR })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("keeps each batch whole when one fails half-way: every record is moved with its revision and audit line, or untouched", async () => {
    const ids = await drafts("bulk-half", 5);
    const before = await history(ids);
    await failAuditOf(ids[2]!);
    try {
      await expect(changeRecordStatuses(ENTRY, { ids, from: ["draft"], to: "in_review", actor: EDITOR, batchSize: 2 })).rejects.toThrow();
    } finally {
      await mendAudit();
    }
    const after = await history(ids);
    for (const entry of after.slice(0, 2)) {
      expect(entry).toMatchObject({
        status: "in_review",
        version: 2,
        revisions: [[2, EDITOR.id]],
        audit: [["entry.status.in_review", EDITOR.id, 2]],
      });
    }
    expect(after.slice(2)).toEqual(before.slice(2));

    // Run again once the fault is gone: the rest move, the first two are not moved twice.
    expect(await changeRecordStatuses(ENTRY, { ids, from: ["draft"], to: "in_review", actor: EDITOR, batchSize: 2 })).toEqual({
      changed: 3,
    });
    expect((await history(ids)).map((e) => [e.status, e.version, e.revisions.length, e.audit.length])).toEqual(
      ids.map(() => ["in_review", 2, 1, 1]),
    );
  });
});
