import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { holdLock } from "@/scripts/trust/hold-lock";
import { committedCount } from "./sqlite-second-process";
import { setupTestDatabase } from "./test-database";

const ROOT = path.resolve(__dirname, "..", "..");
const testDatabase = setupTestDatabase();
const { pendingSqliteMigrations } = await import("@/lib/db/pending-sqlite-migrations");

describe.skipIf(testDatabase.kind !== "sqlite")("the start path's scripts while the app serves (SQLite, WAL)", () => {
  it("knows which committed migrations a database still needs", () => {
    expect(pendingSqliteMigrations(testDatabase.file)).toEqual([]);
    const empty = `${testDatabase.file}-empty.db`;
    new Database(empty).close();
    try {
      expect(pendingSqliteMigrations(empty)).toEqual(
        fs.readdirSync(path.join(ROOT, "prisma", "migrations")).filter((name) => /^\d/.test(name)),
      );
    } finally {
      fs.rmSync(empty, { force: true });
    }
  });

  it("npm run user:create works while another process has the database open", async () => {
    // Not empty, so the start path does not seed; in WAL mode, as the app leaves it; the other
    // process is the running app.
    const db = new Database(testDatabase.file);
    db.pragma("journal_mode = WAL");
    db.prepare(`INSERT INTO "Entry" ("id", "slug", "kind", "updatedAt") VALUES ('e1', 'an-entry', 'place', ?)`).run(
      new Date().toISOString(),
    );
    db.close();
    const held = await holdLock(testDatabase.file, "read");
    try {
      const result = spawnSync(
        "npx",
        ["tsx", "scripts/create-user.ts", "--email", "while-serving@example.org", "--name", "While Serving", "--role", "editor"],
        {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, DATABASE_URL: `file:${testDatabase.file}`, NEW_USER_PASSWORD: "a long enough password" },
        },
      );
      expect(result.stderr).not.toMatch(/error/i);
      expect(result.status).toBe(0);
    } finally {
      await held.release();
    }
    expect(committedCount(testDatabase.file, `SELECT count(*) FROM "User" WHERE "email" = 'while-serving@example.org'`)).toBe(1);
  }, 120_000);
});
