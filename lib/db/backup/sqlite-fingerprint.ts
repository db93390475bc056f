import { createHash } from "node:crypto";
import Database from "better-sqlite3";

export interface TableFingerprint {
  rows: number;
  /** SHA-256 over the sorted hashes of every row: equal for equal content, whatever the page layout. */
  sha256: string;
}

function cell(value: unknown): string {
  if (value === null) return "n";
  if (typeof value === "bigint") return `i${value}`;
  if (typeof value === "number") return `f${value}`;
  if (Buffer.isBuffer(value)) return `b${value.toString("hex")}`;
  return `s${String(value)}`;
}

/**
 * Row count and content hash of every table in a SQLite file (the virtual tables of the search and
 * map indexes and their shadow tables included): what makes two databases the same for a backup.
 */
export function fingerprintSqlite(file: string): Record<string, TableFingerprint> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[];
    const result: Record<string, TableFingerprint> = {};
    for (const table of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`)
        .raw()
        .safeIntegers()
        .all() as unknown[][];
      const hashes = rows
        .map((row) =>
          createHash("sha256")
            .update(JSON.stringify(row.map(cell)))
            .digest("hex"),
        )
        .sort();
      result[table] = { rows: rows.length, sha256: createHash("sha256").update(hashes.join("\n")).digest("hex") };
    }
    return result;
  } finally {
    db.close();
  }
}

/** "ok", or what PRAGMA integrity_check found wrong. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma("integrity_check") as { integrity_check: string }[]).map((row) => row.integrity_check).join("; ");
  } finally {
    db.close();
  }
}
