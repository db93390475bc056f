import { db } from "@/lib/db";

/** Every file a Media row names (image and thumbnail), relative to the uploads folder: what must not be swept. */
export async function listStoredMediaFiles(): Promise<Set<string>> {
  const rows = await db.media.findMany({ select: { filePath: true, thumbPath: true } });
  return new Set(rows.flatMap((row) => [row.filePath, ...(row.thumbPath ? [row.thumbPath] : [])]));
}
