import { pickTranslation } from "@/lib/content/pick-translation";

export interface EntryMedia {
  id: string;
  filePath: string;
  thumbPath: string | null;
  width: number | null;
  height: number | null;
  caption: string;
  altText: string;
  credit: string;
  licence: string;
  sourceUrl: string | null;
}

/** A gallery's order: by position, then (for rows that share one) by upload. */
export const galleryOrder = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

/** The media fields pages show, for entries and articles alike. */
export const mediaSelect = {
  orderBy: { position: "asc" },
  select: {
    id: true,
    filePath: true,
    thumbPath: true,
    width: true,
    height: true,
    credit: true,
    licence: true,
    sourceUrl: true,
    translations: { select: { locale: true, caption: true, altText: true } },
  },
} as const;

type MediaRow = Omit<EntryMedia, "caption" | "altText"> & { translations: { locale: string; caption: string; altText: string }[] };

export function toEntryMedia({ translations, ...media }: MediaRow, locale: string): EntryMedia {
  const caption = pickTranslation(translations, locale);
  return { ...media, caption: caption?.caption ?? "", altText: caption?.altText ?? "" };
}
