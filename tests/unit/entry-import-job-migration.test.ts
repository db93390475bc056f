import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

/**
 * The migration that gives each entry the import job that created it fills the column for a
 * database made before it from the audit log, the way the import page used to count a job's
 * entries, so old jobs keep their counts. Each dialect's migration runs on a database built by the
 * migrations before it (SQLite in memory, PostgreSQL in a schema of its own in this file's database).
 */
const database = setupTestDatabase();

const MIGRATION = "20261209080044_entry_import_job";
const ROOT = path.join(__dirname, "..", "..");
const folder = (dialect: "sqlite" | "postgresql") =>
  path.join(ROOT, ...(dialect === "sqlite" ? ["prisma", "migrations"] : ["prisma", "postgres", "migrations"]));
const sqlOf = (dialect: "sqlite" | "postgresql", name: string) =>
  fs.readFileSync(path.join(folder(dialect), name, "migration.sql"), "utf8");
/** The migrations before this one, oldest first. */
const earlier = (dialect: "sqlite" | "postgresql") =>
  fs
    .readdirSync(folder(dialect))
    .filter((name) => name < MIGRATION && fs.existsSync(path.join(folder(dialect), name, "migration.sql")))
    .sort();

/** Minutes after 10:00 on a day, written as the SQLite driver adapter writes a DateTime (PostgreSQL reads it as the same time). */
const at = (minutes: number) => `'${new Date(Date.UTC(2026, 11, 1, 10, minutes)).toISOString().replace("Z", "+00:00")}'`;

interface Job {
  id: string;
  by: string | null;
  from: number;
  to: number | null;
  status: string;
  dryRun?: boolean;
}

const JOBS: Job[] = [
  { id: "j1", by: "alice", from: 0, to: 10, status: "done" },
  // Uploaded while j1 ran and queued behind it: only what was written after j1 finished is its.
  { id: "j2", by: "alice", from: 5, to: 20, status: "done" },
  { id: "j3-dry", by: "alice", from: 30, to: 35, status: "done", dryRun: true },
  { id: "j4-queued", by: "alice", from: 40, to: null, status: "queued" },
  // Held up (a restart) while bob's j6 ran whole: the time j6 ran is j6's.
  { id: "j5", by: "alice", from: 50, to: 90, status: "failed" },
  { id: "j6", by: "bob", from: 60, to: 70, status: "done" },
  { id: "j7-no-account", by: null, from: 100, to: 110, status: "done" },
  { id: "j8", by: "alice", from: 120, to: 130, status: "cancelled" },
];

/** Audit lines: [entry, actor, action, minute]; an entry listed here exists unless named "gone". */
const LINES: [string, string | null, string, number][] = [
  ["e1", "alice", "entry.create", 1],
  ["e2", "alice", "entry.create", 9],
  ["e-j1-end", "alice", "entry.create", 10],
  ["e-bob-early", "bob", "entry.create", 5],
  ["e-before", "alice", "entry.create", -1],
  ["e-j2", "alice", "entry.create", 12],
  ["e-dry", "alice", "entry.create", 32],
  ["e-queued", "alice", "entry.create", 41],
  ["e-during-j6", "alice", "entry.create", 65],
  ["e-j5", "alice", "entry.create", 80],
  ["e-undeleted", "alice", "entry.create", 85],
  ["e-undeleted", "alice", "entry.undelete", 85],
  ["e-j6", "bob", "entry.create", 66],
  ["e-no-account", null, "entry.create", 105],
  // Made by hand while j8 ran: the audit log cannot tell, so it stays counted with j8 as it was.
  ["e-by-hand-in-j8", "alice", "entry.create", 125],
  ["e-updated", "alice", "entry.create", -5],
  ["e-updated", "alice", "entry.update", 3],
  ["gone", "alice", "entry.create", 2],
];

const EXPECTED: Record<string, string | null> = {
  e1: "j1",
  e2: "j1",
  "e-j1-end": "j1",
  "e-bob-early": null,
  "e-before": null,
  "e-j2": "j2",
  "e-dry": null,
  "e-queued": null,
  "e-during-j6": null,
  "e-j5": "j5",
  "e-undeleted": "j5",
  "e-j6": "j6",
  "e-no-account": null,
  "e-by-hand-in-j8": "j8",
  "e-updated": null,
  "e-never-audited": null,
};

const text = (value: string | null) => (value === null ? "NULL" : `'${value}'`);

/** The rows of a database made before the column, as literal SQL both dialects take. */
function oldRows(): string[] {
  const entries = Object.keys(EXPECTED).map(
    (id) => `INSERT INTO "Entry" ("id", "slug", "kind", "updatedAt") VALUES ('${id}', 'slug-${id}', 'place', ${at(0)})`,
  );
  const jobs = JOBS.map(
    (job) =>
      `INSERT INTO "ImportJob" ("id", "format", "fileName", "filePath", "byteSize", "dryRun", "status", "createdById", "createdAt", "updatedAt", "finishedAt") VALUES ('${job.id}', 'csv', '${job.id}.csv', 'imports/${job.id}.csv', 1, ${job.dryRun ? "true" : "false"}, '${job.status}', ${text(job.by)}, ${at(job.from)}, ${at(job.to ?? job.from)}, ${job.to === null ? "NULL" : at(job.to)})`,
  );
  const lines = LINES.map(
    ([entry, actor, action, minute], i) =>
      `INSERT INTO "AuditEvent" ("id", "at", "actorId", "action", "targetType", "targetId") VALUES ('a${i}', ${at(minute)}, ${text(actor)}, '${action}', 'entry', '${entry}')`,
  );
  return [...entries, ...jobs, ...lines];
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Builds the old database, migrates it, and answers each entry's job; then deletes a job to see its entries let go. */
async function check(run: Query): Promise<void> {
  for (const statement of oldRows()) await run(statement);
  await run(sqlOf(database.kind, MIGRATION));
  const rows = await run(`SELECT "id", "importJobId" FROM "Entry" ORDER BY "id"`);
  expect(Object.fromEntries(rows.map((row) => [row.id, row.importJobId]))).toEqual(EXPECTED);

  await run(`DELETE FROM "ImportJob" WHERE "id" = 'j1'`);
  const left = await run(`SELECT "id" FROM "Entry" WHERE "id" IN ('e1', 'e2', 'e-j1-end') AND "importJobId" IS NULL ORDER BY "id"`);
  expect(left.map((row) => row.id)).toEqual(["e-j1-end", "e1", "e2"]);
}

describe("entries of imports made before each entry named its job", () => {
  it("get the job the audit log gave them, exactly as the import page counted them", async () => {
    if (database.kind === "sqlite") {
      const sqlite = new Database(":memory:");
      try {
        for (const name of earlier("sqlite")) sqlite.exec(sqlOf("sqlite", name));
        await check(async (sql) => {
          if (/^\s*SELECT/.test(sql)) return sqlite.prepare(sql).all() as Record<string, unknown>[];
          sqlite.exec(sql);
          return [];
        });
      } finally {
        sqlite.close();
      }
      return;
    }
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA before_import_job; SET search_path TO before_import_job`);
      for (const name of earlier("postgresql")) await client.query(sqlOf("postgresql", name));
      await check(async (sql) => (await client.query(sql)).rows);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS before_import_job CASCADE`);
      await client.end();
    }
  }, 120_000);
});
