import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CrashCheck, verifyAfterCrash } from "@/scripts/trust/verify-after-crash";
import { type CheckMark, emptyLedger, recordKey } from "@/scripts/trust/write-ledger";
import { setupTestDatabase } from "./test-database";

const testDatabase = setupTestDatabase();
const uploadsDir = fs.mkdtempSync(path.join(os.tmpdir(), "trust-verify-"));
afterAll(() => fs.rmSync(uploadsDir, { recursive: true, force: true }));

/** What the app's entry API commits for a create or a save, written straight into the database; `whole: false` leaves out the revision. */
function writeEntry(db: Database.Database, slug: string, version: number, whole = true): string {
  const id = `id-${slug}`;
  const now = new Date().toISOString();
  if (version === 1) {
    db.prepare(`INSERT INTO "Entry" ("id", "slug", "kind", "updatedAt") VALUES (?, ?, 'place', ?)`).run(id, slug, now);
    db.prepare(`INSERT INTO "EntryTranslation" ("id", "entryId", "locale", "title") VALUES (?, ?, 'en', ?)`).run(`t-${id}`, id, slug);
  } else {
    db.prepare(`UPDATE "Entry" SET "version" = ? WHERE "id" = ?`).run(version, id);
  }
  if (!whole) return id;
  db.prepare(`INSERT INTO "Revision" ("id", "entryId", "version", "action", "snapshot") VALUES (?, ?, ?, 'update', '{}')`).run(
    `r-${id}-${version}`,
    id,
    version,
  );
  db.prepare(`INSERT INTO "AuditEvent" ("id", "action", "targetId", "detail") VALUES (?, ?, ?, ?)`).run(
    `a-${id}-${version}`,
    version === 1 ? "entry.create" : "entry.update",
    id,
    JSON.stringify({ version }),
  );
  return id;
}

describe.skipIf(testDatabase.kind !== "sqlite")("the crash test's check after each restart", () => {
  const ledger = emptyLedger();
  // Opened in beforeAll: a skipped suite's body still runs, and on PostgreSQL the "file" is a database name.
  let db: Database.Database;
  beforeAll(() => {
    db = new Database(testDatabase.file);
  });
  afterAll(() => db?.close());
  const acknowledge = (slug: string, version: number) => {
    ledger.sent.push(recordKey("entry", slug));
    const id = writeEntry(db, slug, version);
    const record = ledger.entries.get(slug) ?? { id, versions: [] };
    record.versions.push(version);
    ledger.entries.set(slug, record);
  };
  const check = (since?: CheckMark): CrashCheck => verifyAfterCrash({ databaseFile: testDatabase.file, uploadsDir, ledger, since });
  const findings = (result: CrashCheck) => ({ lost: result.lost, halfWritten: result.halfWritten, withoutAudit: result.withoutAudit });
  const clean = { lost: [], halfWritten: [], withoutAudit: [] };
  let mark: CheckMark;

  it("first checks every acknowledged write", () => {
    acknowledge("trust-a", 1);
    acknowledge("trust-b", 1);
    acknowledge("trust-a", 2);
    const result = check();
    expect(result.integrity).toBe("ok");
    expect(findings(result)).toEqual(clean);
    expect(result.looked).toBe(3);
    mark = result.mark;
  });

  it("after the next restart looks only for what was acknowledged since", () => {
    acknowledge("trust-b", 2);
    acknowledge("trust-c", 1);
    // Sent again, but the save did not commit: the record is as the last check saw it.
    ledger.sent.push(recordKey("entry", "trust-a"));
    const result = check(mark);
    expect(findings(result)).toEqual(clean);
    expect(result.looked).toBe(2);
    mark = result.mark;
    expect(check(mark).looked).toBe(0);
  });

  it("finds a save that committed without its revision though its answer never came", () => {
    ledger.sent.push(recordKey("entry", "trust-c"));
    writeEntry(db, "trust-c", 2, false);
    const result = check(mark);
    expect(result.halfWritten).toEqual(["entry trust-c: no revision for its version 2"]);
    expect(result.withoutAudit).toEqual(["entry trust-c version 2"]);
    mark = result.mark;
  });

  it("notices an earlier write gone by its table's count, and the last check from the start names it", () => {
    db.prepare(`DELETE FROM "Revision" WHERE "id" = 'r-id-trust-a-1'`).run();
    expect(check(mark).lost).toEqual(["Revision: 1 of the rows there at the last check are gone"]);
    const last = check();
    expect(last.lost).toEqual(["entry trust-a: no revision 1"]);
    expect(last.halfWritten).toEqual(["entry trust-c: no revision for its version 2"]);
    expect(last.looked).toBe(5);
  });
});
