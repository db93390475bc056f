import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { mediaSelect } from "./entry-media";
import type { LibraryImage } from "./list-media";
import { type MediaOwner, mediaOwnerSelect, toMediaOwner } from "./media-owner";

export type EditableImage = Omit<LibraryImage, "position"> & { owner: MediaOwner | null };

/** One image with everything its edit form shows; AppError NOT_FOUND when it is gone. */
export async function getMediaForEditing({ id, locale }: { id: string; locale: string }): Promise<EditableImage> {
  const row = await db.media.findUnique({
    where: { id },
    select: {
      ...mediaSelect.select,
      ...mediaOwnerSelect,
    },
  });
  if (!row) throw new AppError("NOT_FOUND", { key: "imageGone" });
  const { entry, article, ...image } = row;
  return { ...image, owner: toMediaOwner({ entry, article }, locale) };
}
