import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * Removes stored image files (paths relative to the uploads folder) once the rows naming them are gone.
 * A file already missing is not an error: the goal is that none is left behind.
 */
export async function removeUploadedFiles(relativePaths: readonly string[]): Promise<void> {
  const root = path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOADS_DIR);
  await Promise.all(
    relativePaths.map((file) => {
      const absolute = path.resolve(root, file);
      if (!absolute.startsWith(root + path.sep)) throw new Error(`Refusing to remove a file outside the uploads folder: ${file}`);
      return fs.rm(absolute, { force: true });
    }),
  );
}

/** The stored files behind media rows: the image and its thumbnail. */
export function mediaFiles(rows: readonly { filePath: string; thumbPath: string | null }[]): string[] {
  return rows.flatMap((m) => [m.filePath, ...(m.thumbPath ? [m.thumbPath] : [])]);
}
