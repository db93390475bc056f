import { slugFromTitle } from "../../lib/import/slug-from-title";
import { windows1251 } from "../fixtures/museum-register";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/** A Russian museum's register as its Excel saves it, dates as the museum writes them; titles and points of this run's own. */
function register(run: string, east: number): Buffer {
  const rows = [
    "Инв. номер;Название;Широта;Долгота;Дата",
    `ДТ-${run}-1;Памятник связистам ${run};61,1001;${40 + east},1001;09.05.1975`,
    `ДТ-${run}-2;Стела у школы ${run};61,2001;${40 + east},2001;05/09/1975`,
    `ДТ-${run}-3;Братская могила у моста ${run};61,3001;${40 + east},3001;1941–1945 гг.`,
    `ДТ-${run}-4;Обелиск у переправы ${run};61,4001;${40 + east},4001;около 1967`,
    "",
  ];
  return Buffer.from(windows1251(rows.join("\r\n")));
}

const LANGUAGES = [
  {
    locale: "en",
    east: 0,
    file: /^File \(CSV, GeoJSON or KML/,
    table: /The file's columns/,
    read: "→ 9 May 1975",
    range: "→ 1941–1945",
    ambiguous: "can be read month first (as in the US) or day first",
    submit: "Import",
    heading: (name: string) => `Import of ${name}`,
    done: "Finished.",
    refused: "Refused",
    created: "New drafts",
  },
  {
    locale: "ru",
    east: 1,
    file: /^Файл \(CSV, GeoJSON или KML/,
    table: /Столбцы файла/,
    read: "→ 9 мая 1975 г.",
    range: "→ 1941–1945",
    ambiguous: "можно прочесть и с месяцем впереди (как в США), и с днём впереди",
    submit: "Импортировать",
    heading: (name: string) => `Импорт файла ${name}`,
    done: "Завершён.",
    refused: "Отклонена",
    created: "Новые черновики",
  },
] as const;

for (const language of LANGUAGES) {
  test(`a register's dates as the museum writes them (${language.locale}): read in the preview, imported, the ambiguous one refused with how to write it`, async ({
    browser,
  }) => {
    const page = await staffPage(browser, CURATOR);
    const run = `${language.locale}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
    const name = `dates-${run}.csv`;
    await page.goto(`/${language.locale}/admin/imports`);
    await page.getByLabel(language.file).setInputFiles({ name, mimeType: "text/csv", buffer: register(run, language.east) });

    const table = page.getByRole("table", { name: language.table });
    await expect(table.getByRole("combobox", { name: "Дата", exact: true })).toHaveValue("date");
    const dates = table.getByRole("row", { name: /Дата/ });
    await expect(dates).toContainText(`09.05.1975 ${language.read}`);
    await expect(dates).toContainText(`1941–1945 гг. ${language.range}`);
    await expect(dates).toContainText(language.ambiguous);
    await expect(dates).toContainText("1975-05-09");
    await expect(dates).toContainText("05.09.1975");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: language.submit }).click();
    await expect(page.getByRole("heading", { level: 1, name: language.heading(name) })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: language.done })).toBeVisible();
    await expect(page.getByRole("term").filter({ hasText: language.created }).locator("+ dd")).toHaveText("3");
    const bad = page
      .getByRole("table")
      .getByRole("row")
      .filter({ hasText: `Стела у школы ${run}` });
    await expect(bad.getByRole("cell").first()).toHaveText("3");
    await expect(bad).toContainText(language.refused);
    await expect(bad).toContainText("date");
    await expect(bad).toContainText(language.ambiguous);
    await expect(bad).toContainText("05/09/1975");

    const dateOf = async (title: string) => {
      const entry = await page.request.get(`/api/v1/admin/entries/${slugFromTitle(title)}`);
      expect(entry.status()).toBe(200);
      return (await entry.json()).snapshot.date;
    };
    expect(await dateOf(`Памятник связистам ${run}`)).toBe("1975-05-09");
    expect(await dateOf(`Братская могила у моста ${run}`)).toBe("1941/1945");
    expect(await dateOf(`Обелиск у переправы ${run}`)).toBe("1967~");
    await page.context().close();
  });
}
