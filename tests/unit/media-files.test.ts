import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { holdLock } from "@/scripts/trust/hold-lock";
import { setupTestDatabase } from "./test-database";

// lib/env reads these when it is first imported: set them before any dynamic import below.
const UPLOADS = path.resolve(__dirname, "..", ".tmp", `media-files-${randomUUID()}`);
process.env.UPLOADS_DIR = UPLOADS;
process.env.SQLITE_BUSY_TIMEOUT_MS = "300";
const testDatabase = setupTestDatabase();

const { createMedia } = await import("@/lib/data/media/create-media");
const { deleteMedia } = await import("@/lib/data/media/delete-media");
const { sweepOrphanUploads } = await import("@/lib/media/sweep-orphan-uploads");
const { QUARANTINE_FOLDER } = await import("@/lib/media/quarantine-folder");
const { GET } = await import("@/app/media/[...path]/route");
const { asDatabaseUnavailable } = await import("@/lib/db/database-unavailable");
const { db } = await import("@/lib/db");

afterAll(() => {
  fs.rmSync(UPLOADS, { recursive: true, force: true });
});

const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2b4f6b" } })
  .jpeg()
  .toBuffer();
let entryId: string;
/** A deleted image's files that stayed behind: the sweep must take them too. */
let leftBehind: string[] = [];

async function upload(caption: string) {
  return createMedia({
    bytes: jpeg,
    fields: { translations: { en: { caption, altText: "" } }, credit: "Photographer", licence: "CC0 1.0", sourceUrl: "", entryId },
    actor: CURATOR,
  });
}

/** What a browser gets for /media/<relative>. */
async function served(relative: string): Promise<number> {
  const response = await GET(new Request(`http://localhost/media/${relative}`), { params: Promise.resolve({ path: relative.split("/") }) });
  return response.status;
}

function filesUnder(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(folder, f)).isFile())
    .map((f) => f.split(path.sep).join("/"))
    .sort();
}

beforeAll(async () => {
  entryId = (await db.entry.create({ data: { slug: "media-files-memorial", kind: "memorial" }, select: { id: true } })).id;
});

describe("stored image files", () => {
  it("are served only while their row exists, even when a deleted image's files could not be removed", async () => {
    const kept = await upload("Kept");
    const deleted = await upload("Deleted");
    expect(await served(kept.filePath)).toBe(200);
    expect(await served(kept.thumbPath)).toBe(200);

    // The files stay behind as if removing them had failed (a read-only mount, a permission).
    const copies = [deleted.filePath, deleted.thumbPath].map((f) => [f, fs.readFileSync(path.join(UPLOADS, f))] as const);
    await deleteMedia({ mediaId: deleted.id, actor: CURATOR });
    for (const [relative, bytes] of copies) fs.writeFileSync(path.join(UPLOADS, relative), bytes);
    leftBehind = copies.map(([relative]) => relative);
    expect(await served(deleted.filePath)).toBe(404);
    expect(await served(deleted.thumbPath)).toBe(404);
    expect(await served(kept.filePath)).toBe(200);
  });

  it("are removed again when the upload's transaction cannot commit (another process holds the write lock)", async ({ skip }) => {
    if (testDatabase.kind !== "sqlite") skip("a second process's SQLite lock");
    const before = filesUnder(UPLOADS);
    const rows = await db.media.count();
    const held = await holdLock(testDatabase.file, "write");
    try {
      const error = await upload("Refused while locked").catch((e: unknown) => e);
      expect(asDatabaseUnavailable(error)?.reason).toBe("busy");
    } finally {
      await held.release();
    }
    expect(filesUnder(UPLOADS)).toEqual(before);
    expect(await db.media.count()).toBe(rows);
  });

  it("that no row names are quarantined at start-up, and the rest stay where they are", async () => {
    const kept = await upload("Kept through the sweep");
    // What a crash between writing the files and committing the row leaves behind.
    const orphans = ["2020/01/0123456789abcdef0123456789abcdef.jpg", "2020/01/0123456789abcdef0123456789abcdef-thumb.webp"];
    for (const orphan of orphans) {
      fs.mkdirSync(path.dirname(path.join(UPLOADS, orphan)), { recursive: true });
      fs.writeFileSync(path.join(UPLOADS, orphan), jpeg);
    }
    const unnamed = [...orphans, ...leftBehind];
    const referenced = filesUnder(UPLOADS).filter((f) => !unnamed.includes(f) && !f.startsWith(`${QUARANTINE_FOLDER}/`));
    expect(referenced.length).toBeGreaterThanOrEqual(2);

    const result = await sweepOrphanUploads({ olderThanMs: 0 });
    expect(result.quarantined.sort()).toEqual(unnamed.sort());
    expect(filesUnder(UPLOADS).filter((f) => !f.startsWith(`${QUARANTINE_FOLDER}/`))).toEqual(referenced);
    const quarantined = filesUnder(path.join(UPLOADS, QUARANTINE_FOLDER));
    for (const orphan of unnamed) expect(quarantined.some((f) => f.endsWith(orphan))).toBe(true);
    expect(await served(kept.filePath)).toBe(200);
    expect(await served(`${QUARANTINE_FOLDER}/${quarantined[0]}`)).toBe(404);

    // A second sweep finds nothing more, and files younger than the grace period are left alone.
    expect((await sweepOrphanUploads({ olderThanMs: 0 })).quarantined).toEqual([]);
    fs.writeFileSync(path.join(UPLOADS, orphans[0]!), jpeg);
    expect((await sweepOrphanUploads({ olderThanMs: 60_000 })).quarantined).toEqual([]);
    expect(fs.existsSync(path.join(UPLOADS, orphans[0]!))).toBe(true);
  });
});
