import { db } from "@/lib/db";
import { mediaSelect } from "./entry-media";
import { type MediaOwner, mediaOwnerSelect, toMediaOwner } from "./media-owner";

export interface LibraryImage {
  id: string;
  filePath: string;
  thumbPath: string | null;
  width: number | null;
  height: number | null;
  credit: string;
  licence: string;
  sourceUrl: string | null;
  position: number;
  /** Caption and alt text per language, as stored (not falling back). */
  translations: { locale: string; caption: string; altText: string }[];
}

export interface LibraryGroup {
  owner: MediaOwner;
  images: LibraryImage[];
}

/** Every image, grouped by the entry or article it belongs to (by title), each group in gallery order. */
export async function listMedia({ locale }: { locale: string }): Promise<LibraryGroup[]> {
  const rows = await db.media.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      ...mediaSelect.select,
      position: true,
      translations: { select: { locale: true, caption: true, altText: true }, orderBy: { locale: "asc" } },
      ...mediaOwnerSelect,
    },
  });
  const groups = new Map<string, LibraryGroup>();
  for (const { entry, article, ...image } of rows) {
    const owner = toMediaOwner({ entry, article }, locale);
    if (!owner) continue;
    const key = `${owner.type}:${owner.id}`;
    const group = groups.get(key) ?? { owner, images: [] };
    group.images.push(image);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.owner.title.localeCompare(b.owner.title, locale));
}
