import { afterEach, describe, expect, it } from "vitest";
import { type HeldLock, holdLock } from "@/scripts/trust/hold-lock";
import { committedCount, writeLockIsFree } from "./sqlite-second-process";
import { setupTestDatabase } from "./test-database";

// Short, so a test that waits out a lock stays quick; read when lib/db first loads.
process.env.SQLITE_BUSY_TIMEOUT_MS = "400";
const testDatabase = setupTestDatabase();
const { db } = await import("@/lib/db");
const { asDatabaseUnavailable } = await import("@/lib/db/database-unavailable");

const file = testDatabase.file;
const countAction = (action: string) => committedCount(file, 'SELECT count(*) FROM "AuditEvent" WHERE "action" = ?', action);
const writeOutside = (action: string, detail = "{}") => db.auditEvent.create({ data: { action, detail }, select: { id: true } });
const writeInside = (action: string) =>
  db.$transaction(async (tx) => {
    await tx.auditEvent.create({ data: { action, detail: "{}" } });
    await tx.auditEvent.create({ data: { action, detail: "{}" } });
  });

/** Resolves with what `promise` settled to, or "still waiting" after `ms`: a wedged client never settles. */
async function within<T>(ms: number, promise: Promise<T>): Promise<{ value: T } | { error: unknown } | "still waiting"> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<"still waiting">((resolve) => setTimeout(() => resolve("still waiting"), ms)),
  ]);
}

/** Both kinds of write work again and commit (3 rows under `action`), and nobody is left inside a transaction. */
async function expectWritesCommit(action: string, detail?: string): Promise<void> {
  expect(await within(3_000, writeInside(action))).toEqual({ value: undefined });
  expect(await within(3_000, writeOutside(action, detail))).toHaveProperty("value");
  expect(countAction(action)).toBe(3);
  expect(writeLockIsFree(file)).toBe(true);
}

let held: HeldLock | undefined;
afterEach(async () => {
  await held?.release();
  held = undefined;
});

describe.skipIf(testDatabase.kind !== "sqlite")("SQLite under locks and a full disk", () => {
  it("keeps the database in WAL mode", async () => {
    await writeOutside("wal.check");
    expect(committedCount(file, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'")).toBe(1);
  });

  it("writes while another process reads, without waiting for it", async () => {
    held = await holdLock(file, "read");
    const started = Date.now();
    expect(await within(3_000, writeInside("reader.inside"))).toEqual({ value: undefined });
    expect(await within(3_000, writeOutside("reader.outside"))).toMatchObject({ value: { id: expect.any(String) } });
    expect(Date.now() - started).toBeLessThan(2_000);
    await held.release();
    expect(countAction("reader.inside")).toBe(2);
    expect(countAction("reader.outside")).toBe(1);
  });

  it("fails only the writes made while another process holds the write lock, then carries on", async () => {
    held = await holdLock(file, "write");
    const inside = await within(5_000, writeInside("writer.refused"));
    const outside = await within(5_000, writeOutside("writer.refused"));
    for (const result of [inside, outside]) {
      expect(result).toHaveProperty("error");
      expect(asDatabaseUnavailable((result as { error: unknown }).error)?.reason).toBe("busy");
    }
    // Reads go on while the other process writes.
    expect(await within(2_000, db.auditEvent.count())).toHaveProperty("value");
    await held.release();

    await expectWritesCommit("writer.after");
    expect(countAction("writer.refused")).toBe(0);
  });

  it("rolls back a transaction whose COMMIT fails and stays usable", async () => {
    // A deferred foreign key is checked at COMMIT: the one failure there that can be made at will.
    const failing = db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
      await tx.auditEvent.create({ data: { action: "commit.refused", detail: "{}" } });
      await tx.$executeRawUnsafe(`INSERT INTO "EntryTag" ("entryId", "tagId") VALUES ('no-such-entry', 'no-such-tag')`);
    });
    expect(await within(3_000, failing)).toHaveProperty("error");

    await expectWritesCommit("commit.after");
    expect(countAction("commit.refused")).toBe(0);
  });

  it("keeps a write made outside a transaction while another request's transaction rolls back, and never reads its rows", async () => {
    // Both query shapes once before, so compiling them cannot reorder the requests below.
    await writeOutside("interleave.warm-up");
    await db.auditEvent.count({ where: { action: "interleave.refused" } });
    let finish!: () => void;
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let inserted!: () => void;
    const insertedInside = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const refused = db.$transaction(async (tx) => {
      await tx.auditEvent.create({ data: { action: "interleave.refused", detail: "{}" } });
      inserted();
      await gate;
      throw new Error("refused by the data layer");
    });
    await insertedInside;
    // Prisma's promises run only once awaited: `within` starts them now.
    const acknowledged = within(5_000, writeOutside("interleave.kept"));
    const seen = within(5_000, db.auditEvent.count({ where: { action: "interleave.refused" } }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    finish();
    await expect(refused).rejects.toThrow("refused by the data layer");
    expect(await acknowledged).toHaveProperty("value");
    expect(await seen).toEqual({ value: 0 });
    expect(countAction("interleave.refused")).toBe(0);
    expect(countAction("interleave.kept")).toBe(1);
  });

  it("fails a write on a full disk, keeps every acknowledged write, and writes again once there is room", async () => {
    const pages = await db.$queryRawUnsafe<{ page_count: bigint | number }[]>("PRAGMA page_count");
    // The file may not grow: what the next large write needs is "disk full" for SQLite.
    await db.$executeRawUnsafe(`PRAGMA max_page_count = ${Number(pages[0]!.page_count) + 2}`);
    const big = "x".repeat(200_000);
    const results = [
      await within(3_000, writeInside("full.refused")),
      await within(3_000, writeOutside("full.refused", big)),
      await within(
        3_000,
        db.$transaction(async (tx) => tx.auditEvent.create({ data: { action: "full.refused", detail: big } })),
      ),
    ];
    // Rows each write adds when it is acknowledged: every acknowledged row must be committed.
    const rows = [2, 1, 1];
    let acknowledged = 0;
    for (const [index, result] of results.entries()) {
      expect(result).not.toBe("still waiting");
      if (result === "still waiting") continue;
      if ("error" in result) expect(asDatabaseUnavailable(result.error)?.reason).toBe("full");
      else acknowledged += rows[index]!;
    }
    expect(results.some((r) => r !== "still waiting" && "error" in r)).toBe(true);
    expect(countAction("full.refused")).toBe(acknowledged);

    await db.$executeRawUnsafe("PRAGMA max_page_count = 1073741823");
    await expectWritesCommit("full.after", big);
  });
});
