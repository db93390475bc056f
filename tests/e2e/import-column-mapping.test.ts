import { slugFromTitle } from "../../lib/import/slug-from-title";
import { MUSEUM_REGISTER_TEXT, windows1251 } from "../fixtures/museum-register";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/**
 * The register of tests/fixtures/museum-register-cp1251.csv with ids and titles of this run's own,
 * its points `east` degrees further east: each test creates its drafts anew, never flagged as
 * possible duplicates of another test's (similar names within a few km).
 */
function register(run: string, east = 0): Buffer {
  const text = MUSEUM_REGISTER_TEXT.replaceAll("КП-", `КП-${run}-`)
    .replace(/^(\d;[^;]*;)([^;]+)/gm, (_, start: string, title: string) => `${start}${title} ${run}`)
    .replace(/^((?:[^;]*;){4})(\d+),/gm, (_, start: string, degrees: string) => `${start}${Number(degrees) + east},`);
  return Buffer.from(windows1251(text));
}

const LANGUAGES = [
  {
    locale: "en",
    east: 0,
    file: /^File \(CSV, GeoJSON or KML/,
    encoding: "Encoding",
    delimiter: "Cells separated by",
    table: /The file's columns/,
    submit: "Import",
    heading: (name: string) => `Import of ${name}`,
    done: "Finished.",
    refused: "Refused",
    created: "New drafts",
    columns: "Columns:",
  },
  {
    locale: "ru",
    east: 1,
    file: /^Файл \(CSV, GeoJSON или KML/,
    encoding: "Кодировка",
    delimiter: "Разделитель ячеек",
    table: /Столбцы файла/,
    submit: "Импортировать",
    heading: (name: string) => `Импорт файла ${name}`,
    done: "Завершён.",
    refused: "Отклонена",
    created: "Новые черновики",
    columns: "Столбцы:",
  },
] as const;

for (const language of LANGUAGES) {
  test(`a curator imports a museum's register (${language.locale}): Windows-1251 and semicolons found, columns guessed, one changed, drafts made, the bad row reported`, async ({
    browser,
  }) => {
    const page = await staffPage(browser, CURATOR);
    const run = `${language.locale}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
    const name = `register-${run}.csv`;
    await page.goto(`/${language.locale}/admin/imports`);
    await page.getByLabel(language.file).setInputFiles({ name, mimeType: "text/csv", buffer: register(run, language.east) });

    const table = page.getByRole("table", { name: language.table });
    await expect(table).toBeVisible();
    await expect(page.getByLabel(language.encoding)).toHaveValue("windows-1251");
    await expect(page.getByLabel(language.delimiter)).toHaveValue("semicolon");
    const readAs = (column: string) => table.getByRole("combobox", { name: column, exact: true });
    await expect(readAs("Инв. номер")).toHaveValue("external_id");
    await expect(readAs("№")).toHaveValue("");
    await expect(readAs("Название")).toHaveValue("title_ru");
    await expect(readAs("Широта")).toHaveValue("latitude");
    await expect(readAs("Долгота")).toHaveValue("longitude");
    await expect(readAs("Дата")).toHaveValue("date");
    await expect(readAs("Описание")).toHaveValue("description_ru");
    await expect(readAs("Примечание")).toHaveValue("");
    await expect(table.getByRole("row", { name: /Название/ })).toContainText(`Памятник героям-зенитчикам ${run}`);
    expect(await seriousViolations(page)).toEqual([]);

    await readAs("Примечание").selectOption("location_note_ru");
    await page.getByRole("button", { name: language.submit }).click();

    await expect(page.getByRole("heading", { level: 1, name: language.heading(name) })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: language.done })).toBeVisible();
    await expect(page.getByText(language.columns)).toContainText("Примечание → location_note_ru");
    await expect(page.getByRole("term").filter({ hasText: language.created }).locator("+ dd")).toHaveText("3");
    const bad = page
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: `Обелиск на развилке ${run}` });
    await expect(bad.getByRole("cell").first()).toHaveText("4");
    await expect(bad).toContainText(language.refused);
    await expect(bad).toContainText("longitude");

    const title = `Памятник героям-зенитчикам ${run}`;
    const entry = await page.request.get(`/api/v1/admin/entries/${slugFromTitle(title)}`);
    expect(entry.status()).toBe(200);
    expect((await entry.json()).snapshot).toMatchObject({
      status: "draft",
      latitude: 54.1931,
      longitude: 37.6173 + language.east,
      date: "1975-05-09",
      translations: { ru: { title, description: "Гранитная стела с зенитным орудием.", locationNote: "Установлен у проходной завода" } },
    });
    await page.context().close();
  });
}

test("a mapping with no title column is refused beside the table before anything is sent", async ({ browser }) => {
  const page = await staffPage(browser, CURATOR);
  await page.goto("/en/admin/imports");
  await page
    .getByLabel(/^File \(CSV, GeoJSON or KML/)
    .setInputFiles({ name: "no-title.csv", mimeType: "text/csv", buffer: register("x", 2) });
  const table = page.getByRole("table", { name: /The file's columns/ });
  await table.getByRole("combobox", { name: "Название", exact: true }).selectOption("");
  let sent = false;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/api/v1/admin/imports")) sent = true;
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Choose a column for the title" })).toBeVisible();
  expect(sent).toBe(false);
  // The form keeps what was chosen: the file, the encoding and every column's choice.
  await expect(table.getByRole("combobox", { name: "Инв. номер", exact: true })).toHaveValue("external_id");
  await expect(page.getByLabel("Encoding")).toHaveValue("windows-1251");
  await table.getByRole("combobox", { name: "Название", exact: true }).selectOption("title_ru");
  await table.getByRole("combobox", { name: "Описание", exact: true }).selectOption("title_ru");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(table.getByText("title_ru is chosen for another column already")).toBeVisible();
  expect(sent).toBe(false);
  await page.context().close();
});
