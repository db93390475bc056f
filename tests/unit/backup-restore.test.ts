import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { committedCount, startWriter } from "./sqlite-second-process";
import { setupTestDatabase } from "./test-database";

const ROOT = path.resolve(__dirname, "..", "..");
const TMP = path.resolve(__dirname, "..", ".tmp", `backup-${randomUUID()}`);
const UPLOADS = path.join(TMP, "uploads");
process.env.UPLOADS_DIR = UPLOADS;
const testDatabase = setupTestDatabase();

const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createMedia } = await import("@/lib/data/media/create-media");
const { deleteMedia } = await import("@/lib/data/media/delete-media");
const { createBackup } = await import("@/lib/db/backup/create-backup");
const { restoreBackup, verifyBackup } = await import("@/lib/db/backup/restore-backup");
const { fingerprintSqlite } = await import("@/lib/db/backup/sqlite-fingerprint");
const { BACKUP_DATABASE, sha256OfFile } = await import("@/lib/db/backup/backup-manifest");
const { db } = await import("@/lib/db");

const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const jpeg = (shade: number) =>
  sharp({ create: { width: 48, height: 32, channels: 3, background: { r: shade, g: 80, b: 120 } } })
    .jpeg()
    .toBuffer();

async function upload(caption: string, entryId: string) {
  return createMedia({
    bytes: await jpeg(caption.length * 7),
    fields: { translations: { en: { caption, altText: "" } }, credit: "Photographer", licence: "CC0 1.0", sourceUrl: "", entryId },
    actor: CURATOR,
  });
}

/** Every file under `folder`, relative, with its hash. */
function fileHashes(folder: string): Record<string, string> {
  if (!fs.existsSync(folder)) return {};
  const files = (fs.readdirSync(folder, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(folder, f)).isFile());
  return Object.fromEntries(files.map((f) => [f.split(path.sep).join("/"), sha256OfFile(path.join(folder, f))]).sort());
}

afterAll(() => {
  fs.rmSync(TMP, { recursive: true, force: true });
});

describe.skipIf(testDatabase.kind !== "sqlite")("backup and restore (SQLite and media)", () => {
  let entryIds: string[];

  beforeAll(async () => {
    await seedReferenceData();
    entryIds = (await db.entry.findMany({ select: { id: true }, take: 3 })).map((e) => e.id);
    for (const [index, entryId] of entryIds.entries()) await upload(`Seed image ${index}`, entryId);
  }, 120_000);

  it("backs up while others write, and restores into a fresh place identical to the backup", async () => {
    const other = await startWriter(testDatabase.file);
    // Meanwhile this process keeps uploading and deleting images: the race the backup must survive.
    let writing = true;
    const churn = (async () => {
      let round = 0;
      while (writing) {
        const created = await upload(`Churn image ${round}`, entryIds[round % entryIds.length]!);
        if (round % 2 === 0) await deleteMedia({ mediaId: created.id, actor: CURATOR });
        round++;
      }
      return round;
    })();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const backup = path.join(TMP, "backup-1");
    const manifest = await createBackup({ databaseFile: testDatabase.file, uploadsDir: UPLOADS, into: backup });
    writing = false;
    const rounds = await churn;
    const writtenElsewhere = await other.stop();
    expect(rounds).toBeGreaterThan(0);
    expect(writtenElsewhere).toBeGreaterThan(0);

    // Consistent: every image the backup's database names is in the backup, and nothing else.
    expect(manifest.missingMedia).toEqual([]);
    const named = (await import("better-sqlite3")).default;
    const backupDb = new named(path.join(backup, BACKUP_DATABASE), { readonly: true });
    const paths = (backupDb.prepare('SELECT "filePath", "thumbPath" FROM "Media"').raw().all() as string[][]).flat().sort();
    backupDb.close();
    expect(Object.keys(fileHashes(path.join(backup, "media"))).sort()).toEqual(paths);
    expect(manifest.tables.Entry!.rows).toBeGreaterThan(0);
    expect(manifest.tables.SearchIndex!.rows).toBeGreaterThan(0);
    expect(manifest.tables.AuditEvent!.rows).toBeGreaterThan(0);
    expect(verifyBackup(backup)).toEqual(manifest);

    const fresh = path.join(TMP, "fresh");
    const restored = restoreBackup({
      from: backup,
      databaseFile: path.join(fresh, "memorial.db"),
      uploadsDir: path.join(fresh, "uploads"),
    });
    expect(restored.previousDatabase).toBeNull();
    expect(fingerprintSqlite(path.join(fresh, "memorial.db"))).toEqual(fingerprintSqlite(path.join(backup, BACKUP_DATABASE)));
    expect(fingerprintSqlite(path.join(fresh, "memorial.db"))).toEqual(manifest.tables);
    expect(fileHashes(path.join(fresh, "uploads"))).toEqual(manifest.media);
  }, 120_000);

  it("takes the snapshot again when an image it names is deleted before its file is copied, and reports files already gone", async () => {
    const deletedMeanwhile = await upload("Deleted during the backup", entryIds[0]!);
    const alreadyGone = await upload("File lost before the backup", entryIds[1]!);
    for (const file of [deletedMeanwhile.filePath, deletedMeanwhile.thumbPath, alreadyGone.filePath]) fs.rmSync(path.join(UPLOADS, file));
    let snapshots = 0;
    const manifest = await createBackup({
      databaseFile: testDatabase.file,
      uploadsDir: UPLOADS,
      into: path.join(TMP, "backup-race"),
      afterSnapshot: async () => {
        snapshots += 1;
        // The app deletes the image (its files first, then its row) while the first snapshot is copied.
        if (snapshots === 1) await deleteMedia({ mediaId: deletedMeanwhile.id, actor: CURATOR });
      },
    });
    expect(snapshots).toBe(2);
    expect(Object.keys(manifest.media)).not.toContain(deletedMeanwhile.filePath);
    expect(Object.keys(manifest.media)).toContain(alreadyGone.thumbPath);
    expect(manifest.missingMedia).toEqual([alreadyGone.filePath]);
    expect(manifest.tables.Media!.rows).toBe(await db.media.count());
    await deleteMedia({ mediaId: alreadyGone.id, actor: CURATOR });
  });

  it("refuses to restore over a database that is open, and keeps what a restore replaces", async () => {
    const backup = path.join(TMP, "backup-2");
    const manifest = await createBackup({ databaseFile: testDatabase.file, uploadsDir: UPLOADS, into: backup });
    // This process's client has the test database open, as a running app would.
    await db.entry.count();
    expect(() => restoreBackup({ from: backup, databaseFile: testDatabase.file, uploadsDir: UPLOADS })).toThrow(/open in another process/);

    const target = path.join(TMP, "replaced");
    const targetDb = path.join(target, "memorial.db");
    restoreBackup({ from: backup, databaseFile: targetDb, uploadsDir: path.join(target, "uploads") });
    const before = fingerprintSqlite(targetDb);
    fs.writeFileSync(path.join(target, "uploads", "stray.jpg"), "not in the backup");
    const again = restoreBackup({ from: backup, databaseFile: targetDb, uploadsDir: path.join(target, "uploads") });
    expect(fingerprintSqlite(again.previousDatabase!)).toEqual(before);
    expect(fs.existsSync(path.join(again.previousMedia!, "stray.jpg"))).toBe(true);
    const served = Object.entries(fileHashes(path.join(target, "uploads"))).filter(([f]) => !f.startsWith(".orphaned/"));
    expect(Object.fromEntries(served)).toEqual(manifest.media);
    expect(fingerprintSqlite(targetDb)).toEqual(manifest.tables);

    // A backup that no longer matches its manifest is refused before anything is touched.
    fs.appendFileSync(path.join(backup, "media", Object.keys(manifest.media)[0]!), "tampered");
    expect(() => restoreBackup({ from: backup, databaseFile: targetDb, uploadsDir: path.join(target, "uploads") })).toThrow(
      /differs from the manifest/,
    );
    expect(fingerprintSqlite(targetDb)).toEqual(manifest.tables);
  }, 120_000);

  it("npm run db:backup and db:restore do the same from the command line", () => {
    const out = path.join(TMP, "cli-backup");
    const env = { ...process.env, DATABASE_URL: `file:${testDatabase.file}`, UPLOADS_DIR: UPLOADS };
    const backup = spawnSync("npx", ["tsx", "scripts/backup-database.ts", "--out", out], { cwd: ROOT, env, encoding: "utf8" });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toMatch(/^Backed up \d+ rows in \d+ tables and \d+ image files to /);
    const target = path.join(TMP, "cli-restored");
    const restore = spawnSync("npx", ["tsx", "scripts/restore-database.ts", out], {
      cwd: ROOT,
      env: { ...env, DATABASE_URL: `file:${path.join(target, "memorial.db")}`, UPLOADS_DIR: path.join(target, "uploads") },
      encoding: "utf8",
    });
    expect(restore.status).toBe(0);
    expect(restore.stdout).toContain("Restored the backup of");
    expect(fingerprintSqlite(path.join(target, "memorial.db"))).toEqual(verifyBackup(out).tables);
    expect(committedCount(path.join(target, "memorial.db"), 'SELECT count(*) FROM "Entry"')).toBeGreaterThan(0);
  }, 120_000);
});
