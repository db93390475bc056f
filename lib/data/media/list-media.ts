import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import { galleryOrder, mediaSelect } from "./entry-media";
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

/** Selects a LibraryImage. */
export const libraryImageSelect = {
  ...mediaSelect.select,
  position: true,
  translations: { select: { locale: true, caption: true, altText: true }, orderBy: { locale: "asc" } },
} as const;

export interface LibraryGroup {
  owner: MediaOwner;
  images: LibraryImage[];
}

/**
 * One page of the image library: the entries and articles that have images, the one with the
 * latest upload first, each with all its images in gallery order; the count is of groups.
 */
export async function listMedia({ locale, page }: { locale: string; page: PageRequest }): Promise<Page<LibraryGroup>> {
  const [owners, entries, articles] = await Promise.all([
    db.media.groupBy({
      by: ["entryId", "articleId"],
      _max: { createdAt: true },
      orderBy: [{ _max: { createdAt: "desc" } }, { entryId: "asc" }, { articleId: "asc" }],
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.entry.count({ where: { media: { some: {} } } }),
    db.article.count({ where: { media: { some: {} } } }),
  ]);
  const shown = owners.slice(0, page.size);
  const ids = (key: "entryId" | "articleId") => shown.flatMap((owner) => (owner[key] ? [owner[key]] : []));
  const rows = await db.media.findMany({
    where: { OR: [{ entryId: { in: ids("entryId") } }, { articleId: { in: ids("articleId") } }] },
    orderBy: [...galleryOrder],
    select: { ...libraryImageSelect, ...mediaOwnerSelect },
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
  const ordered = owners.flatMap((owner) => {
    const group = groups.get(owner.entryId ? `entry:${owner.entryId}` : `article:${owner.articleId}`);
    return group ? [group] : [];
  });
  return toPage(ordered, page, entries + articles);
}
