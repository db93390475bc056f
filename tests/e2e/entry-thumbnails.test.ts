import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import Database from "better-sqlite3";
import { E2E_DATABASE, E2E_UPLOADS } from "../../playwright.config";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { solidPng } from "./png";
import { WHOLE_COLLECTION } from "./whole-collection";

const MEDIA_ID = "e2e-media-salaspils-thumbnail";
const TEXT = {
  en: {
    search: "Search",
    results: "Search results",
    title: "Salaspils Memorial Ensemble",
    alt: "Concrete figures on a field of the memorial",
    sheet: /List and timeline/,
  },
  ru: {
    search: "Поиск",
    results: "Результаты поиска",
    title: "Саласпилсский мемориальный ансамбль",
    alt: "Бетонные фигуры на поле мемориала",
    sheet: /Список и лента времени/,
  },
} as const;
const LOADED = { timeout: 20_000 };

// An image of the Salaspils memorial, 600×400, with its thumbnail (300×200 here; a real upload's is
// made by process-image.ts) and alt text in both languages.
test.beforeAll(() => {
  fs.mkdirSync(path.join(E2E_UPLOADS, "e2e"), { recursive: true });
  fs.writeFileSync(path.join(E2E_UPLOADS, "e2e", "salaspils.png"), solidPng(600, 400, [110, 110, 100]));
  fs.writeFileSync(path.join(E2E_UPLOADS, "e2e", "salaspils-thumb.png"), solidPng(300, 200, [110, 110, 100]));
  const db = new Database(E2E_DATABASE);
  const entry = db.prepare(`SELECT id FROM "Entry" WHERE slug = 'salaspils-memorial'`).get() as { id: string };
  db.prepare(`DELETE FROM "Media" WHERE id = ?`).run(MEDIA_ID);
  db.prepare(
    `INSERT INTO "Media" (id, entryId, filePath, thumbPath, mimeType, width, height, credit, licence, position, createdAt) VALUES (?, ?, 'e2e/salaspils.png', 'e2e/salaspils-thumb.png', 'image/png', 600, 400, 'Test Photographer', 'CC BY 4.0', 0, ?)`,
  ).run(MEDIA_ID, entry.id, Date.now());
  for (const locale of ["en", "ru"] as const)
    db.prepare(`INSERT INTO "MediaTranslation" (id, mediaId, locale, caption, altText) VALUES (?, ?, ?, ?, ?)`).run(
      `${MEDIA_ID}-${locale}`,
      MEDIA_ID,
      locale,
      "",
      TEXT[locale].alt,
    );
  db.close();
});

test.afterAll(() => {
  const db = new Database(E2E_DATABASE);
  db.prepare(`DELETE FROM "Media" WHERE id = ?`).run(MEDIA_ID);
  db.close();
});

/** A thumbnail as the page must give it: lazy, sized before it loads, named, and loaded from the media route. */
async function expectThumbnail(image: Locator): Promise<void> {
  await expect(image).toBeVisible(LOADED);
  await expect(image).toHaveAttribute("loading", "lazy");
  await expect(image).toHaveAttribute("width", "480");
  await expect(image).toHaveAttribute("height", "320");
  await expect(image).toHaveAttribute("src", "/media/e2e/salaspils-thumb.png");
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), LOADED).toBe(300);
}

async function searchFor(page: Page, locale: keyof typeof TEXT): Promise<Locator> {
  const t = TEXT[locale];
  await page.getByRole("searchbox", { name: t.search, exact: true }).fill("Salaspils");
  const match = page.getByRole("region", { name: t.results }).getByRole("button", { name: new RegExp(`^${t.title}`) });
  await expect(match).toBeVisible(LOADED);
  return match;
}

for (const locale of ["en", "ru"] as const) {
  const t = TEXT[locale];

  test(`an entry with an image shows its thumbnail in the search results, the side panel and the map popup (${locale})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/${locale}/?${WHOLE_COLLECTION}`);
    const match = await searchFor(page, locale);
    await expectThumbnail(match.getByRole("img", { name: t.alt }));
    expect(await seriousViolations(page)).toEqual([]);

    await match.click();
    const panel = page.getByRole("region", { name: t.title });
    await expectThumbnail(panel.getByRole("img", { name: t.alt }));
    await expectThumbnail(page.locator(".leaflet-popup").getByRole("img", { name: t.alt }));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`on a phone the thumbnail is in the results and the panel in the sheet, and in the popup once the sheet folds (${locale})`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.context().addCookies([{ name: "memorial-intro-read", value: "1", url: baseURL! }]);
    await page.goto(`/${locale}/?${WHOLE_COLLECTION}`);
    const match = await searchFor(page, locale);
    await expectThumbnail(match.getByRole("img", { name: t.alt }));
    await match.click();
    await expectThumbnail(page.getByRole("region", { name: t.title }).getByRole("img", { name: t.alt }));
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: t.sheet }).click();
    await expectThumbnail(page.locator(".leaflet-popup").getByRole("img", { name: t.alt }));
    expect(await seriousViolations(page)).toEqual([]);
  });
}
