import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "@/lib/database-url";
import { createBackup } from "@/lib/db/backup/create-backup";
import { env } from "@/lib/env";

/**
 * npm run db:backup [-- --out <folder>]
 *
 * A consistent backup of the SQLite database and the images it names, made while the app serves,
 * into backups/<time>/ (or --out). PostgreSQL: see the README (pg_dump, and this folder's media/).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (databaseKind(url) !== "sqlite") {
    throw new Error(
      "DATABASE_URL is PostgreSQL: back it up with pg_dump and copy the uploads folder, as the README's Backups section says.",
    );
  }
  const into = path.resolve(values.out ?? path.join("backups", new Date().toISOString().replace(/[:.]/g, "-")));
  const started = Date.now();
  const manifest = await createBackup({ databaseFile: sqliteFilePath(url), uploadsDir: path.resolve(env.UPLOADS_DIR), into });
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backed up ${rows} rows in ${Object.keys(manifest.tables).length} tables and ${Object.keys(manifest.media).length} image files to ${into} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (manifest.missingMedia.length > 0) {
    console.warn(
      `${manifest.missingMedia.length} image files named by the database were already missing: ${manifest.missingMedia.join(", ")}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
