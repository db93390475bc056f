import fs from "node:fs";
import path from "node:path";
import { QUARANTINE_FOLDER } from "@/lib/media/quarantine-folder";
import { databaseInUse } from "../database-in-use";
import { BACKUP_DATABASE, BACKUP_MEDIA, type BackupManifest, readManifest, sha256OfFile } from "./backup-manifest";
import { fingerprintSqlite, integrityOf } from "./sqlite-fingerprint";

export interface RestoreResult {
  manifest: BackupManifest;
  /** Where the database that was replaced now is (with its -wal file, if it had one), or null if there was none. */
  previousDatabase: string | null;
  /** Where image files the backup does not have were moved, or null if there were none. */
  previousMedia: string | null;
}

/** Checks a backup against its manifest: integrity, every table's fingerprint, every file's hash. */
export function verifyBackup(folder: string): BackupManifest {
  const manifest = readManifest(folder);
  const database = path.join(folder, BACKUP_DATABASE);
  const integrity = integrityOf(database);
  if (integrity !== "ok") throw new Error(`${database} fails its integrity check: ${integrity}`);
  const tables = fingerprintSqlite(database);
  for (const name of new Set([...Object.keys(tables), ...Object.keys(manifest.tables)])) {
    if (JSON.stringify(tables[name]) !== JSON.stringify(manifest.tables[name]))
      throw new Error(`${database}: table ${name} differs from the manifest.`);
  }
  for (const [relative, hash] of Object.entries(manifest.media)) {
    const file = path.join(folder, BACKUP_MEDIA, relative);
    if (!fs.existsSync(file) || sha256OfFile(file) !== hash) throw new Error(`${file} is missing or differs from the manifest.`);
  }
  return manifest;
}

/**
 * Puts a backup made by createBackup back: the database file and the uploads folder's images. Refuses
 * while anything has the database open (stop the app first) and when the backup does not match its
 * manifest. Nothing is deleted: the database it replaces is renamed to <file>.before-restore-<time>
 * (with its -wal file), and image files the backup does not have go to
 * <uploads>/.orphaned/before-restore-<time>/. The next start applies any newer migrations.
 */
export function restoreBackup(options: { from: string; databaseFile: string; uploadsDir: string }): RestoreResult {
  const { from, databaseFile, uploadsDir } = options;
  const manifest = verifyBackup(from);
  if (databaseInUse(databaseFile)) {
    throw new Error(`${databaseFile} is open in another process (the app?). Stop the app, then restore again.`);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");

  // Everything is copied next to its place first, so the switch itself is a few renames.
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const incoming = `${databaseFile}.restoring`;
  fs.copyFileSync(path.join(from, BACKUP_DATABASE), incoming);
  fs.mkdirSync(uploadsDir, { recursive: true });
  const incomingMedia = path.join(uploadsDir, QUARANTINE_FOLDER, `restoring-${stamp}`);
  for (const relative of Object.keys(manifest.media)) {
    const target = path.join(uploadsDir, relative);
    if (fs.existsSync(target) && sha256OfFile(target) === manifest.media[relative]) continue;
    const staged = path.join(incomingMedia, relative);
    fs.mkdirSync(path.dirname(staged), { recursive: true });
    fs.copyFileSync(path.join(from, BACKUP_MEDIA, relative), staged);
  }

  let previousDatabase: string | null = null;
  if (fs.existsSync(databaseFile)) {
    previousDatabase = `${databaseFile}.before-restore-${stamp}`;
    for (const suffix of ["", "-wal", "-journal"]) {
      if (fs.existsSync(databaseFile + suffix)) fs.renameSync(databaseFile + suffix, previousDatabase + suffix);
    }
  }
  fs.rmSync(`${databaseFile}-shm`, { force: true });
  fs.renameSync(incoming, databaseFile);

  const keep = new Set(Object.keys(manifest.media));
  const previousMedia = path.join(uploadsDir, QUARANTINE_FOLDER, `before-restore-${stamp}`);
  let movedAside = false;
  for (const relative of filesUnder(uploadsDir)) {
    const current = path.join(uploadsDir, relative);
    const staged = path.join(incomingMedia, relative);
    if (keep.has(relative) && !fs.existsSync(staged)) continue;
    if (fs.existsSync(current)) {
      fs.mkdirSync(path.dirname(path.join(previousMedia, relative)), { recursive: true });
      fs.renameSync(current, path.join(previousMedia, relative));
      movedAside = true;
    }
  }
  for (const relative of filesUnder(incomingMedia)) {
    fs.mkdirSync(path.dirname(path.join(uploadsDir, relative)), { recursive: true });
    fs.renameSync(path.join(incomingMedia, relative), path.join(uploadsDir, relative));
  }
  fs.rmSync(incomingMedia, { recursive: true, force: true });
  return { manifest, previousDatabase, previousMedia: movedAside ? previousMedia : null };
}

/** Files under `root` (relative, "/"-separated), outside the quarantine folder. */
function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((relative) => !relative.startsWith(`${QUARANTINE_FOLDER}/`));
}
