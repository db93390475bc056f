import fs from "node:fs";
import Database from "better-sqlite3";

/**
 * True when another connection has the SQLite file open (a running app, a DB browser). In WAL mode
 * every open connection holds a shared lock that an exclusive-locking connection cannot get past, so
 * the probe fails at once instead of waiting; it changes nothing.
 */
export function databaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  const probe = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    probe.pragma("locking_mode = EXCLUSIVE");
    probe.exec("BEGIN EXCLUSIVE");
    probe.prepare("SELECT count(*) FROM sqlite_schema").get();
    probe.exec("COMMIT");
    return false;
  } catch (error) {
    if (/^SQLITE_BUSY|^SQLITE_LOCKED/.test(String((error as { code?: unknown }).code))) return true;
    throw error;
  } finally {
    probe.close();
  }
}
