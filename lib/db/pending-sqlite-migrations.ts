import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * The committed migrations (prisma/migrations/<name>/) that the SQLite file has not applied, oldest
 * first; all of them for a new or empty file. Read-only: safe while the app has the file open.
 */
export function pendingSqliteMigrations(file: string, migrationsDir = path.join(process.cwd(), "prisma", "migrations")): string[] {
  const committed = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (!fs.existsSync(file)) return committed;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!hasTable) return committed;
    const applied = new Set(
      db
        .prepare('SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL')
        .pluck()
        .all() as string[],
    );
    return committed.filter((name) => !applied.has(name));
  } finally {
    db.close();
  }
}
