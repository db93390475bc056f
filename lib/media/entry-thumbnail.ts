import { THUMBNAIL_MAX_HEIGHT, THUMBNAIL_MAX_WIDTH } from "./image-rules";

/** An entry's first image as its stored thumbnail: what a popup, a panel or a search result shows beside the title. */
export interface EntryThumbnail {
  url: string;
  /** The thumbnail's own size, so the page keeps its room before it loads. */
  width: number;
  height: number;
  alt: string;
}

export interface ThumbnailSource {
  thumbPath: string | null;
  width: number | null;
  height: number | null;
  caption: string;
  altText: string;
}

/**
 * The thumbnail of an image, when it has one: its size is the image's scaled down to fit the
 * thumbnail box as process-image.ts made it, and its text the image's alt text, else its caption.
 */
export function entryThumbnail(image: ThumbnailSource): EntryThumbnail | null {
  if (!image.thumbPath || !image.width || !image.height) return null;
  const scale = Math.min(1, THUMBNAIL_MAX_WIDTH / image.width, THUMBNAIL_MAX_HEIGHT / image.height);
  return {
    url: `/media/${image.thumbPath}`,
    width: Math.max(1, Math.round(image.width * scale)),
    height: Math.max(1, Math.round(image.height * scale)),
    alt: image.altText || image.caption,
  };
}
