import { pickTranslation } from "@/lib/content/pick-translation";

export interface MediaOwner {
  type: "entry" | "article";
  id: string;
  slug: string;
  title: string;
  /** Published or archived work's images are the curators' to change. */
  status: string;
}

/** Selects what names an image's entry or article. */
export const mediaOwnerSelect = {
  entry: { select: { id: true, slug: true, status: true, translations: { select: { locale: true, title: true } } } },
  article: { select: { id: true, slug: true, status: true, translations: { select: { locale: true, title: true } } } },
} as const;

type OwnerRow = { id: string; slug: string; status: string; translations: { locale: string; title: string }[] } | null;

/** The entry or article an image belongs to, titled in the reader's language; null for a stray row. */
export function toMediaOwner(row: { entry: OwnerRow; article: OwnerRow }, locale: string): MediaOwner | null {
  const [type, owner] = row.entry ? (["entry", row.entry] as const) : row.article ? (["article", row.article] as const) : [null, null];
  if (!type) return null;
  return {
    type,
    id: owner.id,
    slug: owner.slug,
    status: owner.status,
    title: pickTranslation(owner.translations, locale)?.title ?? owner.slug,
  };
}

/** Which public page shows an image: what a change must refresh. */
export interface MediaOwnerRef {
  ownerType: "entry" | "article";
  ownerSlug: string;
}

export function mediaOwnerRef(row: { entry: { slug: string } | null; article: { slug: string } | null }): MediaOwnerRef {
  return row.entry ? { ownerType: "entry", ownerSlug: row.entry.slug } : { ownerType: "article", ownerSlug: row.article?.slug ?? "" };
}
