import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { postgresTestUrl, TEST_TMP_RELATIVE, withDatabase } from "./global-setup";

const ROOT = path.resolve(__dirname, "..", "..");
const TMP = path.join(ROOT, TEST_TMP_RELATIVE);
const TEMPLATE = path.join(TMP, "template.db");

export interface TestDatabase {
  /** SQLite: absolute path of this test file's database copy. PostgreSQL: the database's name. */
  file: string;
  /** The DATABASE_URL it is reachable by. */
  url: string;
  kind: "sqlite" | "postgresql";
}

function removeDatabaseFile(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

/**
 * Runs one SQL statement on the server synchronously (in a child process): setupTestDatabase() runs
 * at module level, before the test file's dynamic imports, and must not be async.
 */
function runSqlSync(url: string, sql: string): void {
  const script = `
    const { Client } = require("pg");
    const client = new Client({ connectionString: process.env.ADMIN_URL });
    client.connect()
      .then(() => client.query(process.env.ADMIN_SQL))
      .then(() => client.end())
      .catch((error) => { console.error(error.message); process.exit(1); });`;
  const result = spawnSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ADMIN_URL: url, ADMIN_SQL: sql },
  });
  if (result.status !== 0) throw new Error(`${sql} failed: ${result.stderr || result.error?.message}`);
}

/**
 * Gives the calling test file its own migrated, empty database: a copy of tests/.tmp/template.db
 * (SQLite, the default), or, when TEST_DATABASE_URL=postgresql://…, a PostgreSQL database cloned
 * from the template that tests/unit/global-setup.ts migrated.
 *
 * Call it at the top of the test file, at module level, BEFORE anything imports "@/lib/db"
 * (the client reads DATABASE_URL when that module is first evaluated). Static imports are
 * hoisted, so data-layer modules must be imported dynamically after the call:
 *
 *   setupTestDatabase();
 *   const { queryViewport } = await import("@/lib/viewport");
 *
 * After the file's tests the Prisma client is disconnected and the copy deleted.
 */
export function setupTestDatabase(): TestDatabase {
  const pgUrl = postgresTestUrl();
  return pgUrl ? setupPostgresDatabase(pgUrl) : setupSqliteDatabase();
}

function setupSqliteDatabase(): TestDatabase {
  if (!fs.existsSync(TEMPLATE)) {
    throw new Error(`${TEMPLATE} is missing: tests/unit/global-setup.ts should have created it`);
  }
  const file = path.join(TMP, `${randomUUID()}.db`);
  fs.copyFileSync(TEMPLATE, file);
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  // lib/db keeps one client per process on globalThis; never reuse one bound to another file.
  delete (globalThis as { memorialDb?: unknown }).memorialDb;

  afterAll(async () => {
    try {
      const { db } = await import("@/lib/db");
      await db.$disconnect();
    } finally {
      delete (globalThis as { memorialDb?: unknown }).memorialDb;
      removeDatabaseFile(file);
    }
  });

  return { file, url, kind: "sqlite" };
}

function setupPostgresDatabase(pgUrl: string): TestDatabase {
  const template = inject("postgresTemplate");
  if (!template) throw new Error("no PostgreSQL template database: tests/unit/global-setup.ts should have created it");
  // The admin connection goes to the database named in TEST_DATABASE_URL: CREATE DATABASE … TEMPLATE
  // fails while anyone is connected to the template itself.
  const adminUrl = withDatabase(pgUrl, decodeURIComponent(new URL(pgUrl).pathname.slice(1)) || "postgres");
  const name = `${template}_${randomBytes(6).toString("hex")}`;
  runSqlSync(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = withDatabase(pgUrl, name);
  process.env.DATABASE_URL = url;
  delete (globalThis as { memorialDb?: unknown }).memorialDb;

  afterAll(async () => {
    try {
      const { db } = await import("@/lib/db");
      await db.$disconnect();
    } finally {
      delete (globalThis as { memorialDb?: unknown }).memorialDb;
      const { default: pg } = await import("pg");
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }
  });

  return { file: name, url, kind: "postgresql" };
}
