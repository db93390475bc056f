import type { EntryThumbnail } from "@/lib/media/entry-thumbnail";
import "./entry-thumbnail-image.css";

/** An entry's stored thumbnail: loaded only when near the screen, its room kept by its size meanwhile. */
export function EntryThumbnailImage({ thumbnail, className }: { thumbnail: EntryThumbnail; className: string }) {
  // A plain img: the server made the thumbnail small already (next/image would resize it again).
  return (
    <img
      className={`entry-thumbnail ${className}`}
      src={thumbnail.url}
      width={thumbnail.width}
      height={thumbnail.height}
      alt={thumbnail.alt}
      loading="lazy"
      decoding="async"
    />
  );
}
