import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();

const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { listGalleryImageFiles } = await import("@/lib/data/media/list-gallery-image-files");
const { db } = await import("@/lib/db");

const ARTICLE = "rzhev-memorial-central-figure-installation-begins";
const ids: Record<"published" | "draft", string> = { published: "", draft: "" };

async function addImage(owner: { entryId?: string; articleId?: string }, file: string, thumb: string | null): Promise<void> {
  await db.media.create({
    data: { ...owner, filePath: file, thumbPath: thumb, mimeType: "image/png", credit: "Test", licence: "CC0 1.0" },
  });
}

// Seeding takes a few seconds alone and more on a busy machine.
beforeAll(async () => {
  await seedReferenceData();
  ids.published = (await db.entry.findUniqueOrThrow({ where: { slug: "rzhev-memorial" }, select: { id: true } })).id;
  ids.draft = (
    await createEntry({ slug: "gallery-draft", kind: "memorial", status: "draft", translations: { en: { title: "Draft" } } })
  ).id;
  const article = await db.article.findUniqueOrThrow({ where: { slug: ARTICLE }, select: { id: true } });
  await addImage({ entryId: ids.published }, "2026/12/entry.png", "2026/12/entry-thumb.webp");
  await addImage({ entryId: ids.published }, "2026/12/entry-second.png", null);
  await addImage({ entryId: ids.draft }, "2026/12/draft.png", null);
  await addImage({ articleId: article.id }, "2026/12/article.png", "2026/12/article-thumb.webp");
}, 120_000);

describe("the image files a saved tour keeps for its linked pages", () => {
  it("are the files the galleries show (the thumbnail when there is one) of the published entries and articles named", async () => {
    const files = await listGalleryImageFiles({ entryIds: [ids.published, ids.draft], articleSlugs: [ARTICLE, "no-such-article"] });
    expect(files.sort()).toEqual(["2026/12/article-thumb.webp", "2026/12/entry-second.png", "2026/12/entry-thumb.webp"]);
  });

  it("are none when no entry or article is named", async () => {
    expect(await listGalleryImageFiles({ entryIds: [], articleSlugs: [] })).toEqual([]);
    expect(await listGalleryImageFiles({ entryIds: [ids.draft], articleSlugs: [] })).toEqual([]);
  });
});
