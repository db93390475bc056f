import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

/** What another program does to the database file: a DB browser or a backup reading, a CLI writing. */
export type LockKind = "read" | "write";

export interface HeldLock {
  /** Ends the other process's transaction and waits for it to exit. */
  release(): Promise<void>;
}

// A plain Node process with better-sqlite3, not this process: SQLite's locks are per file handle,
// and only another process shows what the app's connection meets in production.
const HOLDER = `
  const Database = require("better-sqlite3");
  // Waits for the lock like a backup or a DB browser would, then holds it.
  const db = new Database(process.env.LOCK_FILE, { timeout: 30000 });
  if (process.env.LOCK_KIND === "write") db.exec("BEGIN IMMEDIATE");
  else { db.exec("BEGIN"); db.prepare('SELECT count(*) FROM "AuditEvent"').get(); }
  process.stdout.write("held\\n");
  process.stdin.on("data", () => {});
  process.stdin.on("end", () => { db.exec("ROLLBACK"); db.close(); process.exit(0); });
`;

/** Starts another process that holds a read or write transaction on `file` until released. */
export async function holdLock(file: string, kind: LockKind): Promise<HeldLock> {
  const child: ChildProcess = spawn(process.execPath, ["-e", HOLDER], {
    cwd: ROOT,
    env: { ...process.env, LOCK_FILE: file, LOCK_KIND: kind },
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the lock holder exited with ${code} before holding the lock`)));
    child.stdout?.once("data", () => resolve());
  });
  child.removeAllListeners("exit");
  return {
    release: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin?.end();
      }),
  };
}
