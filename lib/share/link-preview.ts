import type { Metadata } from "next";

/** The card a page without an image of its own shows in link previews (made by scripts/make-share-card.ts). */
export const DEFAULT_PREVIEW_IMAGE = { path: "/share-card.png", width: 1200, height: 630 } as const;

export interface PreviewImage {
  /** A path on this site ("/media/…"). */
  path: string;
  width?: number | null;
  height?: number | null;
  alt?: string;
}

/**
 * OpenGraph and Twitter card fields for a page: title, description, and its address and image as
 * absolute URLs on `origin` (lib/share/site-origin.ts), since a preview is drawn by another site.
 */
export function linkPreview({
  origin,
  path,
  title,
  description,
  image,
}: {
  origin: string;
  path: string;
  title: string;
  description: string;
  image: PreviewImage | null;
}): Required<Pick<Metadata, "openGraph" | "twitter">> {
  const shown = image ?? DEFAULT_PREVIEW_IMAGE;
  const picture = {
    url: `${origin}${shown.path}`,
    width: shown.width ?? undefined,
    height: shown.height ?? undefined,
    alt: image?.alt || title,
  };
  return {
    openGraph: { title, description, url: `${origin}${path}`, images: [picture] },
    twitter: { card: "summary_large_image", title, description, images: [picture] },
  };
}
