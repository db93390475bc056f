import Database from "better-sqlite3";

/**
 * Every connection that writes sets these. WAL: readers (the app's pages, a backup, a DB browser)
 * never block the writer, and a writer never blocks them. synchronous = FULL: each commit is on
 * disk before it is acknowledged, so not even a power cut loses a write the app answered 2xx for.
 * WAL is a property of the file, kept once set; synchronous belongs to the connection.
 */
export const SQLITE_JOURNAL_PRAGMAS = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";

/**
 * Puts a database file into WAL mode before anything else opens it (the start path runs this ahead
 * of the migrations, so they and every script after them already run on WAL). Creates the file
 * when it is missing, as the migrations would. Leaving the old journal needs the file to itself:
 * when another process holds it meanwhile, the file stays as it is for now (the app switches it
 * when it next connects) and true is returned only once it is in WAL mode.
 */
export function switchToWalJournal(file: string, busyTimeoutMs: number): boolean {
  if (file === ":memory:") return false;
  const connection = new Database(file, { timeout: busyTimeoutMs });
  try {
    if (connection.pragma("journal_mode", { simple: true }) === "wal") return true;
    return connection.pragma("journal_mode = WAL", { simple: true }) === "wal";
  } catch (error) {
    if (/^SQLITE_BUSY/.test(String((error as { code?: unknown }).code))) return false;
    throw error;
  } finally {
    connection.close();
  }
}
