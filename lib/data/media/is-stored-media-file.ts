import { db } from "@/lib/db";

/** True while a Media row names this file (relative to the uploads folder, "/"-separated) as its image or thumbnail. */
export async function isStoredMediaFile(relativePath: string): Promise<boolean> {
  const row = await db.media.findFirst({
    where: { OR: [{ filePath: relativePath }, { thumbPath: relativePath }] },
    select: { id: true },
  });
  return row !== null;
}
