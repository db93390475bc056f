/** A bare image file name or address as pages show them beside a gallery ("thumb_75887_news_big.jpeg"). */
export const IMAGE_REFERENCE =
  /(?:https?:\/\/\S+?|[\p{L}\p{N}_./%~+-]+)\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:\?\S*)?(?=$|[\s,;])/giu;

/** The image references in a line, and what is left of the line without them. */
export function takeImageReferences(line: string): { images: string[]; rest: string } {
  const images = line.match(IMAGE_REFERENCE) ?? [];
  return { images, rest: images.length > 0 ? line.replace(IMAGE_REFERENCE, " ").replace(/\s+/g, " ").trim() : line.trim() };
}
