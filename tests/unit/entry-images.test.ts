import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { setupTestDatabase } from "./test-database";

// lib/env reads UPLOADS_DIR when it is first imported: set it before any dynamic import below.
const UPLOADS = path.resolve(__dirname, "..", ".tmp", `entry-images-${randomUUID()}`);
process.env.UPLOADS_DIR = UPLOADS;
setupTestDatabase();

const { createMedia } = await import("@/lib/data/media/create-media");
const { moveMedia } = await import("@/lib/data/media/move-media");
const { listEntryImages } = await import("@/lib/data/media/list-entry-images");
const { db } = await import("@/lib/db");

afterAll(() => {
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };

const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: "#2b4f6b" } })
  .png()
  .toBuffer();

let entryId = "";
let otherEntryId = "";
let publishedId = "";

async function upload(owner: string, caption: string, ru = ""): Promise<string> {
  const created = await createMedia({
    bytes: png,
    fields: {
      translations: { en: { caption, altText: `${caption}, described` }, ru: { caption: ru, altText: "" } },
      credit: "Tester",
      licence: "CC0 1.0",
      sourceUrl: "",
      entryId: owner,
      articleId: null,
    },
    actor: CURATOR,
  });
  return created.id;
}

const captions = async (id: string) =>
  (await listEntryImages({ entryId: id })).map((image) => image.translations.find((t) => t.locale === "en")?.caption);

beforeAll(async () => {
  for (const [slug, status] of [
    ["entry-images-draft", "draft"],
    ["entry-images-other", "draft"],
    ["entry-images-published", "published"],
  ] as const) {
    const { id } = await db.entry.create({ data: { slug, kind: "memorial", status }, select: { id: true } });
    if (status === "published") publishedId = id;
    else if (slug.endsWith("draft")) entryId = id;
    else otherEntryId = id;
  }
});

describe("listEntryImages", () => {
  it("lists nothing for an entry without images", async () => {
    expect(await listEntryImages({ entryId })).toEqual([]);
  });

  it("lists one entry's images only, in gallery order, with each language's caption and alt text as stored", async () => {
    await upload(entryId, "First", "Первое");
    await upload(entryId, "Second");
    await upload(otherEntryId, "Someone else's");
    const images = await listEntryImages({ entryId });
    expect(images.map((image) => image.position)).toEqual([0, 1]);
    expect(images[0]).toMatchObject({
      credit: "Tester",
      licence: "CC0 1.0",
      sourceUrl: null,
      width: 30,
      height: 20,
      translations: [
        { locale: "en", caption: "First", altText: "First, described" },
        { locale: "ru", caption: "Первое", altText: "" },
      ],
    });
    expect(images[0]!.filePath).toMatch(/\.png$/);
    expect(images[0]!.thumbPath).toMatch(/-thumb\.webp$/);
    // Only what the language has: no invented Russian caption for the second.
    expect(images[1]!.translations).toEqual([{ locale: "en", caption: "Second", altText: "Second, described" }]);
  });

  it("follows a reorder", async () => {
    const [first] = await listEntryImages({ entryId });
    await moveMedia({ mediaId: first!.id, direction: "later", actor: EDITOR });
    expect(await captions(entryId)).toEqual(["Second", "First"]);
  });
});

describe("moveMedia to a place in the gallery (a drag in the entry editor)", () => {
  it("moves an image to the place it was dropped, the others keeping their order, with one audit line", async () => {
    const gallery = publishedId;
    for (const caption of ["A", "B", "C", "D"]) await upload(gallery, caption);
    const [a, , , d] = await listEntryImages({ entryId: gallery });
    await moveMedia({ mediaId: d!.id, position: 1, actor: CURATOR });
    expect(await captions(gallery)).toEqual(["A", "D", "B", "C"]);
    await moveMedia({ mediaId: a!.id, position: 3, actor: CURATOR });
    expect(await captions(gallery)).toEqual(["D", "B", "C", "A"]);
    const audit = await db.auditEvent.findMany({ where: { action: "media.move", targetId: a!.id }, select: { detail: true } });
    expect(audit.map((line) => JSON.parse(line.detail).position)).toEqual([3]);
    expect((await listEntryImages({ entryId: gallery })).map((image) => image.position)).toEqual([0, 1, 2, 3]);
  });

  it("keeps a place beyond either end at that end", async () => {
    const gallery = publishedId;
    const [first] = await listEntryImages({ entryId: gallery });
    await moveMedia({ mediaId: first!.id, position: 99, actor: CURATOR });
    expect(await captions(gallery)).toEqual(["B", "C", "A", "D"]);
    const images = await listEntryImages({ entryId: gallery });
    await moveMedia({ mediaId: images[3]!.id, position: -5, actor: CURATOR });
    expect(await captions(gallery)).toEqual(["D", "B", "C", "A"]);
  });

  it("refuses an editor's drag in a published gallery, changing nothing", async () => {
    const before = await captions(publishedId);
    const [first] = await listEntryImages({ entryId: publishedId });
    await expect(moveMedia({ mediaId: first!.id, position: 2, actor: EDITOR })).rejects.toThrow(/only a curator can change it/);
    expect(await captions(publishedId)).toEqual(before);
  });
});
