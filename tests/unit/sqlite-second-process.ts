import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";

const ROOT = path.resolve(__dirname, "..", "..");

/**
 * What a fresh connection (as after a restart) finds: only committed rows. Opened and closed per
 * call so it never holds a lock of its own.
 */
export function committedCount(file: string, sql: string, ...params: unknown[]): number {
  const db = new Database(file, { readonly: true, timeout: 5_000 });
  try {
    const value = db
      .prepare(sql)
      .pluck()
      .get(...params) as number | bigint | undefined;
    return Number(value ?? 0);
  } finally {
    db.close();
  }
}

/** True when another connection can take the write lock at once: nobody is left inside a transaction. */
export function writeLockIsFree(file: string): boolean {
  const db = new Database(file, { timeout: 0 });
  try {
    db.exec("BEGIN IMMEDIATE");
    db.exec("ROLLBACK");
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

export interface RunningWriter {
  /** Stops writing and resolves with how many rows the other process committed. */
  stop(): Promise<number>;
}

const WRITER = `
  const Database = require("better-sqlite3");
  const db = new Database(process.env.LOCK_FILE, { timeout: 5000 });
  const insert = db.prepare('INSERT INTO "AuditEvent" ("id", "at", "action", "detail") VALUES (?, ?, ?, ?)');
  let written = 0, stopping = false;
  process.stdin.on("data", () => {});
  process.stdin.on("end", () => { stopping = true; });
  process.stdout.write("writing\\n");
  (function write() {
    if (stopping) { db.close(); process.stdout.write(String(written)); process.exit(0); }
    insert.run("other-" + process.pid + "-" + written, new Date().toISOString(), "other.process", "{}");
    written++;
    setTimeout(write, 2);
  })();
`;

/** Starts another process that commits a small write every few milliseconds until stopped: an app serving while a backup runs. */
export async function startWriter(file: string): Promise<RunningWriter> {
  const child = spawn(process.execPath, ["-e", WRITER], {
    cwd: ROOT,
    env: { ...process.env, LOCK_FILE: file },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.stdout.once("data", () => resolve());
  });
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  return {
    stop: () =>
      new Promise<number>((resolve, reject) => {
        child.once("exit", (code) => (code === 0 ? resolve(Number(output)) : reject(new Error(`the writer exited with ${code}`))));
        child.stdin.end();
      }),
  };
}
