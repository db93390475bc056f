import { describe, expect, it } from "vitest";
import { entryThumbnail } from "@/lib/media/entry-thumbnail";
import { THUMBNAIL_MAX_HEIGHT, THUMBNAIL_MAX_WIDTH } from "@/lib/media/image-rules";

describe("entryThumbnail", () => {
  const image = { thumbPath: "2026/12/a-thumb.webp", width: 2400, height: 1600, caption: "The hall of fame", altText: "" };

  it("is the stored thumbnail at the size process-image made it, named by the alt text or else the caption", () => {
    expect(entryThumbnail(image)).toEqual({
      url: "/media/2026/12/a-thumb.webp",
      width: THUMBNAIL_MAX_WIDTH,
      height: 320,
      alt: "The hall of fame",
    });
    expect(entryThumbnail({ ...image, altText: "A long hall with names on its walls" })?.alt).toBe("A long hall with names on its walls");
  });

  it("keeps a small image's own size and fits a tall one by its height", () => {
    expect(entryThumbnail({ ...image, width: 40, height: 30 })).toMatchObject({ width: 40, height: 30 });
    expect(entryThumbnail({ ...image, width: 1000, height: 4000 })).toMatchObject({ width: 240, height: THUMBNAIL_MAX_HEIGHT });
  });

  it("is none without a thumbnail or a known size", () => {
    expect(entryThumbnail({ ...image, thumbPath: null })).toBeNull();
    expect(entryThumbnail({ ...image, width: null })).toBeNull();
  });
});
