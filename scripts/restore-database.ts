import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "@/lib/database-url";
import { restoreBackup } from "@/lib/db/backup/restore-backup";
import { env } from "@/lib/env";

/**
 * npm run db:restore -- <backup folder>
 *
 * Puts back a backup made by npm run db:backup: checks it against its manifest, refuses while the app
 * (or anything) has the database open, and keeps what it replaces (see lib/db/backup/restore-backup.ts).
 */
function main(): void {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new Error("Usage: npm run db:restore -- <backup folder>");
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (databaseKind(url) !== "sqlite") {
    throw new Error(
      "DATABASE_URL is PostgreSQL: restore it with pg_restore and copy the media back, as the README's Backups section says.",
    );
  }
  const from = path.resolve(positionals[0]!);
  const result = restoreBackup({ from, databaseFile: sqliteFilePath(url), uploadsDir: path.resolve(env.UPLOADS_DIR) });
  console.log(`Restored the backup of ${result.manifest.createdAt} from ${from}.`);
  if (result.previousDatabase) console.log(`The database it replaced is kept as ${result.previousDatabase}.`);
  if (result.previousMedia) console.log(`Image files the backup does not have were moved to ${result.previousMedia}.`);
  console.log("Start the app as usual (npm start): it applies any newer migrations.");
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
