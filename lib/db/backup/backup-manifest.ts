import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { TableFingerprint } from "./sqlite-fingerprint";

/** In a backup folder: the database, the image files under media/, and this manifest, written last. */
export const BACKUP_DATABASE = "memorial.db";
export const BACKUP_MEDIA = "media";
export const BACKUP_MANIFEST = "manifest.json";

export interface BackupManifest {
  format: 1;
  createdAt: string;
  /** Every table's row count and content hash (lib/db/backup/sqlite-fingerprint.ts). */
  tables: Record<string, TableFingerprint>;
  /** Every image file the database names, relative to the uploads folder, with its SHA-256. */
  media: Record<string, string>;
  /** Files the database names that were already missing from the uploads folder when the backup was made. */
  missingMedia: string[];
}

export function sha256OfFile(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** The backup's manifest, or an error saying the folder is not a complete backup. */
export function readManifest(folder: string): BackupManifest {
  const file = path.join(folder, BACKUP_MANIFEST);
  if (!fs.existsSync(file)) throw new Error(`${folder} is not a complete backup: it has no ${BACKUP_MANIFEST}.`);
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`${file}: unknown backup format ${String(manifest.format)}.`);
  return manifest;
}
