import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const TMP = path.join(ROOT, "tests", ".tmp");
const TEMPLATE = path.join(TMP, "template.db");

export interface TestDatabase {
  /** Absolute path of this test file's database copy. */
  file: string;
  /** The DATABASE_URL it is reachable by. */
  url: string;
}

function removeDatabaseFile(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

/**
 * Gives the calling test file its own copy of the migrated template database.
 *
 * Call it at the top of the test file, at module level, BEFORE anything imports "@/lib/db"
 * (the client reads DATABASE_URL when that module is first evaluated). Static imports are
 * hoisted, so data-layer modules must be imported dynamically after the call:
 *
 *   useTestDatabase();
 *   const { queryViewport } = await import("@/lib/data/entries/query-viewport");
 *
 * After the file's tests the Prisma client is disconnected and the copy deleted.
 */
export function useTestDatabase(): TestDatabase {
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

  return { file, url };
}
