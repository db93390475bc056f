import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { E2E_DATABASE, E2E_UPLOADS } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { solidPng } from "./png";

const MEDIA_ID = "e2e-media-khatyn";

test.beforeAll(() => {
  fs.mkdirSync(path.join(E2E_UPLOADS, "e2e"), { recursive: true });
  fs.writeFileSync(path.join(E2E_UPLOADS, "e2e", "khatyn.png"), solidPng(40, 30, [122, 46, 46]));
  const db = new Database(E2E_DATABASE);
  const entry = db.prepare(`SELECT id FROM "Entry" WHERE slug = 'khatyn-memorial'`).get() as { id: string };
  db.prepare(`DELETE FROM "Media" WHERE id = ?`).run(MEDIA_ID);
  db.prepare(
    `INSERT INTO "Media" (id, entryId, filePath, mimeType, width, height, credit, licence, position, createdAt) VALUES (?, ?, 'e2e/khatyn.png', 'image/png', 40, 30, 'Test Photographer', 'CC BY 4.0', 0, ?)`,
  ).run(MEDIA_ID, entry.id, Date.now());
  db.prepare(
    `INSERT INTO "MediaTranslation" (id, mediaId, locale, caption, altText) VALUES (?, ?, 'en', 'A test image of the complex', 'Flat red test image')`,
  ).run(`${MEDIA_ID}-en`, MEDIA_ID);
  db.close();
});

test.afterAll(() => {
  const db = new Database(E2E_DATABASE);
  db.prepare(`DELETE FROM "Media" WHERE id = ?`).run(MEDIA_ID);
  db.close();
});

test("an entry's images show with their caption, credit and licence, served from the uploads folder", async ({ page, request }) => {
  await page.goto("/en/entries/khatyn-memorial");
  const images = page.getByRole("region", { name: "Images" });
  const image = images.getByRole("img", { name: "Flat red test image" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await expect(images.getByText("A test image of the complex")).toBeVisible();
  await expect(images.getByText("Credit: Test Photographer. Licence: CC BY 4.0.")).toBeVisible();

  const file = await request.get("/media/e2e/khatyn.png");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/png");
  expect((await request.get("/media/../e2e.db")).status()).toBe(404);
  expect((await request.get("/media/e2e/%2e%2e/%2e%2e/e2e.db")).status()).toBe(404);
});
