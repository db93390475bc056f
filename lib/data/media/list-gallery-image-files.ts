import { db } from "@/lib/db";
import { PUBLISHED } from "../published";

/**
 * The image files the galleries of these published entries and articles show (each image's
 * thumbnail when it has one, as the gallery does), paths under the uploads folder, in a stable order.
 */
export async function listGalleryImageFiles({ entryIds, articleSlugs }: { entryIds: string[]; articleSlugs: string[] }): Promise<string[]> {
  if (entryIds.length === 0 && articleSlugs.length === 0) return [];
  const rows = await db.media.findMany({
    where: {
      OR: [{ entry: { id: { in: entryIds }, status: PUBLISHED } }, { article: { slug: { in: articleSlugs }, status: PUBLISHED } }],
    },
    orderBy: { id: "asc" },
    select: { filePath: true, thumbPath: true },
  });
  return rows.map((row) => row.thumbPath ?? row.filePath);
}
