import { db } from "@/lib/db";
import { galleryOrder } from "./entry-media";
import { type LibraryImage, libraryImageSelect } from "./list-media";

/**
 * One entry's images in gallery order, with each language's caption and alt text as stored (not
 * falling back): what the entry editor's Images section lists and edits.
 */
export async function listEntryImages({ entryId }: { entryId: string }): Promise<LibraryImage[]> {
  return db.media.findMany({ where: { entryId }, orderBy: [...galleryOrder], select: libraryImageSelect });
}
