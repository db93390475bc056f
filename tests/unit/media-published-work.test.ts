import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { setupTestDatabase } from "./test-database";

// lib/env reads UPLOADS_DIR when it is first imported: set it before any dynamic import below.
const UPLOADS = path.resolve(__dirname, "..", ".tmp", `media-published-${randomUUID()}`);
process.env.UPLOADS_DIR = UPLOADS;
setupTestDatabase();

const { createMedia } = await import("@/lib/data/media/create-media");
const { updateMedia } = await import("@/lib/data/media/update-media");
const { moveMedia } = await import("@/lib/data/media/move-media");
const { db } = await import("@/lib/db");

afterAll(() => {
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

const EDITOR: StaffUser = { id: "editor-1", email: "editor@example.org", name: "Editor", role: "editor" };
const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const REFUSAL = /only a curator can change it/;

const jpeg = await sharp({ create: { width: 60, height: 40, channels: 3, background: "#6b4f2b" } })
  .jpeg()
  .toBuffer();
const metadata = (caption: string) => ({
  translations: { en: { caption, altText: "" }, ru: { caption: "", altText: "" } },
  credit: "Photographer",
  licence: "CC BY 4.0",
  sourceUrl: "",
});

function uploadedFiles(): string[] {
  if (!fs.existsSync(UPLOADS)) return [];
  return (fs.readdirSync(UPLOADS, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(UPLOADS, f)).isFile()).sort();
}

const owners: Record<"draft" | "published" | "archived" | "publishedArticle", { entryId: string | null; articleId: string | null }> = {
  draft: { entryId: null, articleId: null },
  published: { entryId: null, articleId: null },
  archived: { entryId: null, articleId: null },
  publishedArticle: { entryId: null, articleId: null },
};

beforeAll(async () => {
  for (const status of ["draft", "published", "archived"] as const) {
    const entry = await db.entry.create({ data: { slug: `images-${status}`, kind: "memorial", status }, select: { id: true } });
    owners[status] = { entryId: entry.id, articleId: null };
  }
  const article = await db.article.create({ data: { slug: "images-published-article", status: "published" }, select: { id: true } });
  owners.publishedArticle = { entryId: null, articleId: article.id };
});

async function gallery(entryId: string): Promise<string[]> {
  const rows = await db.media.findMany({ where: { entryId }, orderBy: { position: "asc" }, select: { id: true } });
  return rows.map((row) => row.id);
}

describe("editors cannot change published work through its images", () => {
  it("refuses an editor's upload to a published or archived entry or a published article, leaving no file and no row", async () => {
    const filesBefore = uploadedFiles();
    const rowsBefore = await db.media.count();
    for (const owner of [owners.published, owners.archived, owners.publishedArticle]) {
      await expect(createMedia({ bytes: jpeg, fields: { ...metadata("Refused"), ...owner }, actor: EDITOR })).rejects.toThrow(REFUSAL);
    }
    expect(uploadedFiles()).toEqual(filesBefore);
    expect(await db.media.count()).toBe(rowsBefore);
  });

  it("lets an editor upload to a draft and a curator to published work, each with its audit line", async () => {
    const drafted = await createMedia({ bytes: jpeg, fields: { ...metadata("Draft image"), ...owners.draft }, actor: EDITOR });
    const published = await createMedia({ bytes: jpeg, fields: { ...metadata("Published image"), ...owners.published }, actor: CURATOR });
    for (const [created, actor, slug] of [
      [drafted, EDITOR, "images-draft"],
      [published, CURATOR, "images-published"],
    ] as const) {
      const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "media.upload", targetId: created.id } });
      expect(audit.actorEmail).toBe(actor.email);
      expect(JSON.parse(audit.detail)).toEqual({ entrySlug: slug, filePath: created.filePath });
    }
  });

  it("refuses an editor's change to the caption, credit or licence of a published entry's image; a curator may", async () => {
    const { id } = await createMedia({ bytes: jpeg, fields: { ...metadata("Curated"), ...owners.published }, actor: CURATOR });
    await expect(
      updateMedia({ mediaId: id, fields: { ...metadata("Changed by an editor"), credit: "Someone else" }, actor: EDITOR }),
    ).rejects.toThrow(REFUSAL);
    const unchanged = await db.media.findUniqueOrThrow({
      where: { id },
      select: { credit: true, translations: { select: { caption: true } } },
    });
    expect(unchanged).toEqual({ credit: "Photographer", translations: [{ caption: "Curated" }] });
    expect(await db.auditEvent.count({ where: { action: "media.update", targetId: id } })).toBe(0);

    await updateMedia({ mediaId: id, fields: { ...metadata("Changed by a curator"), credit: "Someone else" }, actor: CURATOR });
    expect((await db.media.findUniqueOrThrow({ where: { id }, select: { credit: true } })).credit).toBe("Someone else");
    expect(await db.auditEvent.count({ where: { action: "media.update", targetId: id } })).toBe(1);
  });

  it("refuses an editor's reordering of a published gallery; a curator may, and an editor may reorder a draft's", async () => {
    const entryId = owners.published.entryId!;
    await createMedia({ bytes: jpeg, fields: { ...metadata("Second in gallery"), ...owners.published }, actor: CURATOR });
    const before = await gallery(entryId);
    expect(before.length).toBeGreaterThanOrEqual(2);
    await expect(moveMedia({ mediaId: before[1]!, direction: "earlier", actor: EDITOR })).rejects.toThrow(REFUSAL);
    expect(await gallery(entryId)).toEqual(before);

    await moveMedia({ mediaId: before[1]!, direction: "earlier", actor: CURATOR });
    expect(await gallery(entryId)).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(await db.auditEvent.count({ where: { action: "media.move", targetId: before[1]! } })).toBe(1);

    const draftId = owners.draft.entryId!;
    await createMedia({ bytes: jpeg, fields: { ...metadata("Second draft image"), ...owners.draft }, actor: EDITOR });
    const drafts = await gallery(draftId);
    await moveMedia({ mediaId: drafts[1]!, direction: "earlier", actor: EDITOR });
    expect(await gallery(draftId)).toEqual([drafts[1], drafts[0], ...drafts.slice(2)]);
  });
});
