import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/**
 * A regional museum's register as a Russian Excel saves it (tests/fixtures/unseen/): a title line
 * above the header, empty rows, Windows-1251, semicolons. Tried as a curator would on a phone, in
 * Russian: the form shows the real header with its columns guessed, fits the screen, and a dry run
 * reads all 40 rows without refusing the empty ones, and names the entries they may repeat in Russian.
 */
const REGISTER = path.join(__dirname, "../fixtures/unseen/tver-museum-register-cp1251.csv");

test("a museum register with a title line, on a phone in Russian: the real header, guessed columns, no sideways scrolling", async ({
  browser,
}) => {
  const page = await staffPage(browser, CURATOR);
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto("/ru/admin/imports");
  await page.getByLabel(/^Файл \(CSV, GeoJSON или KML/).setInputFiles({
    name: "реестр-музея.csv",
    mimeType: "text/csv",
    buffer: fs.readFileSync(REGISTER),
  });
  const table = page.getByRole("table", { name: /Столбцы файла/ });
  await expect(page.getByLabel("Кодировка")).toHaveValue("windows-1251");
  await expect(table.getByRole("combobox", { name: "Наименование объекта", exact: true })).toHaveValue("title_ru");
  await expect(table.getByRole("combobox", { name: "№ п/п", exact: true })).toHaveValue("external_id");
  await expect(table.getByRole("combobox", { name: "Год открытия", exact: true })).toHaveValue("date");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByLabel(/Пробный прогон/).check();
  await page.getByRole("button", { name: "Импортировать" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Импорт файла реестр-музея.csv" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Завершён." })).toBeVisible();
  await expect(page.getByText("40 из 40 строк")).toBeVisible();
  await expect(page.getByText("Дайте название хотя бы на одном языке")).toHaveCount(0);
  // The register's rows for memorials the collection has are flagged, the entries named in Russian as the page is.
  await page.reload();
  await expect(page.getByRole("link", { name: "Ржевский мемориал Советскому солдату" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Rzhev Memorial to the Soviet Soldier" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
