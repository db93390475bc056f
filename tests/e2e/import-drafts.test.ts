import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, createAccount, staffPage } from "./staff";

// Accounts of this file's own: an import's entries are those its starter created while it ran, so
// no other test's entries made by the shared demo accounts can fall into these imports.
const IMPORTING_EDITOR = { email: "e2e-import-drafts-editor@example.org", password: "e2e-import-drafts-editor-password" };
const IMPORTING_CURATOR = { email: "e2e-import-drafts-curator@example.org", password: "e2e-import-drafts-curator-password" };

test.beforeAll(() => {
  createAccount(IMPORTING_EDITOR, "Importing Editor", "editor");
  createAccount(IMPORTING_CURATOR, "Importing Curator", "curator");
});

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csv = (rows: string[][]) =>
  [["external_id", "slug", "kind", "title_en", "title_ru", "latitude", "longitude"], ...rows]
    .map((cells) => cells.map(csvCell).join(","))
    .join("\r\n");
const runId = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Uploads a file on the import page (in the page's language) and waits for the job to finish; answers the job page's address. */
async function importOnPage(page: Page, locale: "en" | "ru", name: string, file: string): Promise<string> {
  await page.goto(`/${locale}/admin/imports`);
  await page
    .getByLabel(locale === "en" ? /^File \(CSV, GeoJSON or KML/ : /^Файл \(CSV, GeoJSON или KML/)
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: locale === "en" ? "Import" : "Импортировать", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? `Import of ${name}` : `Импорт файла ${name}` })).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: locale === "en" ? "This import's new entries now" : "Новые записи этого импорта сейчас" }),
  ).toBeVisible();
  return new URL(page.url()).pathname;
}

const countOf = (page: Page, region: string, status: string) =>
  page
    .getByRole("region", { name: region })
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${status}$`) })
    .locator("+ dd");

test("an import's drafts go to review in one step, then a curator publishes them all after confirming", async ({ browser }) => {
  const run = runId();
  const slugs = [1, 2, 3].map((n) => `bulk-import-${run}-${n}`);
  const editor = await staffPage(browser, IMPORTING_EDITOR);
  const address = await importOnPage(
    editor,
    "en",
    `bulk-${run}.csv`,
    csv([
      ...slugs.map((slug, i) => [`bulk-${run}-${i}`, slug, "memorial", `Bulk memorial ${run} ${i + 1}`, "", `${55 + i / 10}`, "37.6"]),
      // The same name as a published entry, beside it: flagged, not created, and so not among the drafts.
      [`bulk-${run}-dup`, "", "memorial", "Mamaev Kurgan", "", "48.7423", "44.5371"],
    ]),
  );
  const region = "This import's new entries now";
  const panel = editor.getByRole("region", { name: region });
  await expect(countOf(editor, region, "Draft")).toHaveText("3");
  await expect(countOf(editor, region, "In review")).toHaveText("0");
  await expect(panel).toContainText("1 row was flagged as a possible duplicate and not created: it is not included.");
  await expect(panel.getByRole("link", { name: "See the possible duplicates" })).toHaveAttribute("href", "#import-report");
  // Editors send for review; publishing is the curators'.
  await expect(panel.getByRole("button", { name: "Publish all" })).toHaveCount(0);
  expect(await seriousViolations(editor)).toEqual([]);

  await panel.getByRole("button", { name: "Send all to review" }).click();
  await expect(panel.getByRole("form", { name: "Send all to review" }).getByRole("status")).toHaveText("3 entries sent to review.");
  await expect(countOf(editor, region, "In review")).toHaveText("3");
  await expect(countOf(editor, region, "Draft")).toHaveText("0");

  await editor.goto("/en/admin/review");
  for (let i = 1; i <= 3; i++) await expect(editor.getByRole("link", { name: `Bulk memorial ${run} ${i}`, exact: true })).toBeVisible();
  await editor.context().close();

  const curator = await staffPage(browser, CURATOR);
  await curator.goto(address);
  const curatorPanel = curator.getByRole("region", { name: region });
  await curatorPanel.getByRole("button", { name: "Publish all" }).click();
  const ask = curator.getByRole("dialog", { name: "Publish all of this import's entries?" });
  await expect(ask).toContainText("3 entries will appear on the public site at once");
  expect(await seriousViolations(curator)).toEqual([]);
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  await expect(countOf(curator, region, "In review")).toHaveText("3");
  expect((await curator.request.get(`/en/entries/${slugs[0]}`)).status()).toBe(404);

  await curatorPanel.getByRole("button", { name: "Publish all" }).click();
  await ask.getByRole("button", { name: "Publish all now" }).click();
  await expect(curatorPanel.getByRole("form", { name: "Publish all" }).getByRole("status")).toHaveText("3 entries published.");
  await expect(countOf(curator, region, "Published")).toHaveText("3");
  await expect(countOf(curator, region, "In review")).toHaveText("0");

  for (let i = 0; i < 3; i++) {
    await curator.goto(`/en/entries/${slugs[i]}`);
    await expect(curator.getByRole("heading", { level: 1, name: `Bulk memorial ${run} ${i + 1}` })).toBeVisible();
  }
  await curator.context().close();
});

test("in Russian: send all to review, then publish all, with the count in the confirmation", async ({ browser }) => {
  const run = runId();
  const slugs = [1, 2].map((n) => `bulk-ru-${run}-${n}`);
  const curator = await staffPage(browser, IMPORTING_CURATOR);
  await importOnPage(
    curator,
    "ru",
    `ru-${run}.csv`,
    csv(slugs.map((slug, i) => [`bulk-ru-${run}-${i}`, slug, "place", `Bulk place ${run} ${i + 1}`, `Место ${run} ${i + 1}`, "", ""])),
  );
  const region = "Новые записи этого импорта сейчас";
  const panel = curator.getByRole("region", { name: region });
  await expect(countOf(curator, region, "Черновик")).toHaveText("2");
  await expect(panel).toContainText("Отправляет 2 черновика в очередь на рецензию.");
  await panel.getByRole("button", { name: "Отправить все на рецензию" }).click();
  await expect(panel.getByRole("form", { name: "Отправить все на рецензию" }).getByRole("status")).toHaveText(
    "2 записи отправлены на рецензию.",
  );
  await expect(countOf(curator, region, "На рецензии")).toHaveText("2");

  await panel.getByRole("button", { name: "Опубликовать все" }).click();
  const ask = curator.getByRole("dialog", { name: "Опубликовать все записи этого импорта?" });
  await expect(ask).toContainText("2 записи сразу появятся на сайте");
  await ask.getByRole("button", { name: "Отмена" }).click();
  await expect(ask).toBeHidden();
  await expect(countOf(curator, region, "На рецензии")).toHaveText("2");

  await panel.getByRole("button", { name: "Опубликовать все" }).click();
  await ask.getByRole("button", { name: "Опубликовать все сейчас" }).click();
  await expect(panel.getByRole("form", { name: "Опубликовать все" }).getByRole("status")).toHaveText("2 записи опубликованы.");
  await expect(countOf(curator, region, "Опубликована")).toHaveText("2");

  await curator.goto(`/ru/entries/${slugs[0]}`);
  await expect(curator.getByRole("heading", { level: 1, name: `Место ${run} 1` })).toBeVisible();
  await curator.context().close();
});
