import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * True when uploads can be stored: the uploads folder (or, before the first upload, the folder it will
 * be made in) is a writable directory on a file system with space left.
 */
export async function mediaStorageIsUp(): Promise<boolean> {
  let folder = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR);
  try {
    for (;;) {
      try {
        if (!(await fs.stat(folder)).isDirectory()) return false;
        break;
      } catch (error) {
        const parent = path.dirname(folder);
        if ((error as NodeJS.ErrnoException).code !== "ENOENT" || parent === folder) return false;
        folder = parent;
      }
    }
    await fs.access(folder, fs.constants.R_OK | fs.constants.W_OK);
    return (await fs.statfs(folder)).bavail > 0;
  } catch {
    return false;
  }
}
