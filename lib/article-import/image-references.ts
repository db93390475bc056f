/**
 * A bare image file name or address as pages show them beside a gallery ("thumb_75887_news_big.jpeg").
 * A file name is only tried from the start of a run of the characters it may hold (the lookbehind):
 * tried from every position of a long run, the search took time growing with the square of the run.
 * An address is followed for 2,000 characters at most, for the same reason on a page of addresses.
 */
export const IMAGE_REFERENCE =
  /(?:https?:\/\/\S{1,2000}?|(?<![\p{L}\p{N}_./%~+-])[\p{L}\p{N}_./%~+-]+)\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:\?\S*)?(?=$|[\s,;])/giu;

/** The image references in a line, and what is left of the line without them. */
export function takeImageReferences(line: string): { images: string[]; rest: string } {
  const images = line.match(IMAGE_REFERENCE) ?? [];
  return { images, rest: images.length > 0 ? line.replace(IMAGE_REFERENCE, " ").replace(/\s+/g, " ").trim() : line.trim() };
}
