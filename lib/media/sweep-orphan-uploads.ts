import fs from "node:fs/promises";
import path from "node:path";
import { listStoredMediaFiles } from "@/lib/data/media/list-stored-media-files";
import { env } from "@/lib/env";
import { QUARANTINE_FOLDER } from "./quarantine-folder";
import { SERVED_IMAGE_TYPES } from "./served-image-types";

/** Every image file under `root` (relative, "/"-separated), outside the quarantine; symbolic links are not followed. */
async function imageFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = await fs.readdir(path.join(root, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && child !== QUARANTINE_FOLDER) await walk(child);
      else if (entry.isFile() && SERVED_IMAGE_TYPES[path.extname(entry.name).toLowerCase()]) found.push(child);
    }
  };
  await walk("");
  return found;
}

/**
 * Moves image files that no Media row names into UPLOADS_DIR/.orphaned/<time>/, keeping their paths:
 * what a crash between writing an upload's files and committing its row leaves, or a deleted image's
 * files that could not be removed. Quarantined rather than deleted, so a mistake can be put back by
 * hand. Files modified less than `olderThanMs` ago are left alone: another server sharing the folder
 * may be about to commit their row. One query for all stored paths and one walk of the folder.
 */
export async function sweepOrphanUploads({ olderThanMs }: { olderThanMs: number }): Promise<{ quarantined: string[] }> {
  const root = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR);
  const candidates = await imageFiles(root);
  if (candidates.length === 0) return { quarantined: [] };
  const stored = await listStoredMediaFiles();
  const cutoff = Date.now() - olderThanMs;
  const batch = path.join(QUARANTINE_FOLDER, new Date().toISOString().replace(/[:.]/g, "-"));
  const quarantined: string[] = [];
  for (const relative of candidates) {
    if (stored.has(relative)) continue;
    const from = path.join(root, relative);
    if ((await fs.stat(from)).mtimeMs > cutoff) continue;
    const to = path.join(root, batch, relative);
    await fs.mkdir(path.dirname(to), { recursive: true });
    await fs.rename(from, to);
    quarantined.push(relative);
  }
  return { quarantined };
}
