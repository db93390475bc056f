import fs from "node:fs";
import path from "node:path";
import { sha256OfFile } from "@/lib/db/backup/backup-manifest";
import { createBackup } from "@/lib/db/backup/create-backup";
import { restoreBackup } from "@/lib/db/backup/restore-backup";
import { fingerprintSqlite } from "@/lib/db/backup/sqlite-fingerprint";

export interface RoundTrip {
  identical: boolean;
  tables: number;
  rows: number;
  files: number;
  /** What differs between the database and its files and their restored copy. */
  differences: string[];
}

/**
 * npm run db:backup's backup of a database the app has been writing to (and crashed on), restored by
 * db:restore into a fresh place: every table (row count and content hash, the search and map indexes
 * included) and every image file the database names must come back identical.
 */
export async function backupRoundTrip(options: { databaseFile: string; uploadsDir: string; workdir: string }): Promise<RoundTrip> {
  const backup = path.join(options.workdir, "backup");
  const restored = {
    databaseFile: path.join(options.workdir, "restored", "memorial.db"),
    uploadsDir: path.join(options.workdir, "restored", "uploads"),
  };
  fs.rmSync(options.workdir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(restored.databaseFile), { recursive: true });
  const manifest = await createBackup({ databaseFile: options.databaseFile, uploadsDir: options.uploadsDir, into: backup });
  restoreBackup({ from: backup, ...restored });

  const differences: string[] = [];
  const before = fingerprintSqlite(options.databaseFile);
  const after = fingerprintSqlite(restored.databaseFile);
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, is] = [before[table], after[table]];
    if (was?.sha256 !== is?.sha256)
      differences.push(`table ${table}: ${was?.rows ?? "no"} rows before, ${is?.rows ?? "no"} restored, content differs`);
  }
  const files = Object.keys(manifest.media);
  for (const file of files) {
    const copy = path.join(restored.uploadsDir, file);
    if (!fs.existsSync(copy)) differences.push(`image ${file}: not restored`);
    else if (sha256OfFile(copy) !== sha256OfFile(path.join(options.uploadsDir, file)))
      differences.push(`image ${file}: restored with other content`);
  }
  for (const file of manifest.missingMedia) differences.push(`image ${file}: named by the database, missing before the backup`);
  return {
    identical: differences.length === 0,
    tables: Object.keys(before).length,
    rows: Object.values(before).reduce((sum, table) => sum + table.rows, 0),
    files: files.length,
    differences,
  };
}
