import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BACKUP_DATABASE, BACKUP_MANIFEST, BACKUP_MEDIA, type BackupManifest, sha256OfFile } from "./backup-manifest";
import { fingerprintSqlite, integrityOf } from "./sqlite-fingerprint";

/** A snapshot plus its images is retaken when an image it names was deleted before it could be copied. */
const MOST_SNAPSHOTS = 5;

/** Copies every page in one step of SQLite's backup API: one read transaction, so one consistent state. */
async function snapshot(source: string, target: string): Promise<void> {
  fs.rmSync(target, { force: true });
  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await live.backup(target, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  // A single self-contained file: the app puts it back into WAL mode when it opens it.
  const copy = new Database(target);
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

function namedFiles(database: string): string[] {
  const db = new Database(database, { readonly: true });
  try {
    const rows = db.prepare('SELECT "filePath", "thumbPath" FROM "Media"').raw().all() as [string, string | null][];
    return [...new Set(rows.flat().filter((file): file is string => Boolean(file)))].sort();
  } finally {
    db.close();
  }
}

/**
 * Makes a consistent backup of a SQLite database and the images it names into `into` (which must not
 * exist), while the app keeps serving: the database through SQLite's backup API (WAL readers never
 * block the app's writes), then each image file its snapshot names. Image files are never changed
 * once written, so the only race is an image deleted between the snapshot and the copy: then the
 * snapshot is taken again, until one is complete. The manifest, with every table's fingerprint and
 * every file's hash, is written last and marks the backup complete.
 */
export async function createBackup(options: {
  databaseFile: string;
  uploadsDir: string;
  into: string;
  /** Runs after each snapshot, before its images are copied: lets a test be the app deleting an image meanwhile. */
  afterSnapshot?: () => Promise<void>;
}): Promise<BackupManifest> {
  const { databaseFile, uploadsDir, into } = options;
  if (fs.existsSync(into)) throw new Error(`${into} already exists; a backup goes into a new folder.`);
  fs.mkdirSync(path.join(into, BACKUP_MEDIA), { recursive: true });
  const database = path.join(into, BACKUP_DATABASE);
  const copied = new Set<string>();
  let missing: string[] = [];
  for (let attempt = 1; ; attempt++) {
    await snapshot(databaseFile, database);
    await options.afterSnapshot?.();
    const stillMissing: string[] = [];
    for (const relative of namedFiles(database)) {
      if (copied.has(relative)) continue;
      const target = path.join(into, BACKUP_MEDIA, relative);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      try {
        fs.copyFileSync(path.join(uploadsDir, relative), target, fs.constants.COPYFILE_FICLONE);
        copied.add(relative);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        stillMissing.push(relative);
      }
    }
    // Missing twice running: not a deletion in between but a file that was already gone.
    const goneBefore = stillMissing.every((file) => missing.includes(file));
    missing = stillMissing;
    if (missing.length === 0 || goneBefore || attempt === MOST_SNAPSHOTS) break;
  }
  const named = new Set(namedFiles(database));
  for (const relative of copied) if (!named.has(relative)) fs.rmSync(path.join(into, BACKUP_MEDIA, relative));

  const integrity = integrityOf(database);
  if (integrity !== "ok") throw new Error(`The backup's database fails its integrity check: ${integrity}`);
  const manifest: BackupManifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    tables: fingerprintSqlite(database),
    media: Object.fromEntries(
      [...named].filter((f) => !missing.includes(f)).map((f) => [f, sha256OfFile(path.join(into, BACKUP_MEDIA, f))]),
    ),
    missingMedia: missing,
  };
  fs.writeFileSync(path.join(into, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
