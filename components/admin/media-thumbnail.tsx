/** An uploaded image's thumbnail in the staff pages: the original's size gives the box its shape before it loads. */
export function MediaThumbnail({
  image,
  alt,
  draggable,
}: {
  image: { filePath: string; thumbPath: string | null; width: number | null; height: number | null };
  alt: string;
  /** false where the card around it is what a drag moves (the browser would drag the picture itself). */
  draggable?: boolean;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- uploads are already resized thumbnails
    <img
      src={`/media/${image.thumbPath ?? image.filePath}`}
      alt={alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading="lazy"
      draggable={draggable}
    />
  );
}
