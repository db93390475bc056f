import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

// The seed news page is not kept in this repository; it lies beside the checkout (shared/reference).
const SOURCE_NEWS = path.resolve(process.cwd(), "..", "shared", "reference", "source-news.txt");

/** The people and organisations an item names. */
const PEOPLE = /^Decision on: .*\((Person|Organisation)\)/;

/** The decision buttons of the proposal whose name matches. */
const decision = (within: Page | Locator, name: RegExp): Locator => within.getByRole("group", { name });

async function analyzeSeedPage(page: Page): Promise<void> {
  await page.goto("/en/admin/articles");
  await page.getByRole("main").getByRole("link", { name: "From a news page" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import a news article" })).toBeVisible();
  await page.getByRole("textbox", { name: "Text or HTML of the page" }).fill(fs.readFileSync(SOURCE_NEWS, "utf8"));
  await page.getByRole("button", { name: "Analyze" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Proposals" })).toBeVisible({ timeout: 30_000 });
}

async function writeSummary(page: Page, title: string): Promise<void> {
  await page.getByRole("textbox", { name: "Our title in English" }).fill(title);
  await page.getByRole("textbox", { name: "Summary in English, in our own words" }).fill("Two CSTO news items, told in our words.");
}

test("a curator imports the seed news page: the proposals are found, decided one by one, the article becomes a draft, and a re-import adds nothing", async ({
  browser,
}) => {
  const curator = await staffPage(browser, CURATOR);
  await analyzeSeedPage(curator);

  // The Almaty meeting, on 6 June 2024 in Almaty.
  const almaty = curator.getByRole("region", { name: /^Item \d+: On June 6, 2024, in Almaty/ });
  await expect(almaty.getByText("Date: 6 June 2024")).toBeVisible();
  await expect(almaty.getByText(/^Place: Almaty \(43\.\d+, 76\.\d+\)$/)).toBeVisible();
  // The Rzhev installation, on 30 January 2020 at the Rzhev Memorial.
  const rzhev = curator.getByRole("region", { name: /^Item \d+: The final stage of the installation/ });
  await expect(rzhev.getByText("Date: 30 January 2020")).toBeVisible();
  await expect(rzhev.getByText(/^Place: Rzhev Memorial/)).toBeVisible();
  // Comparable links from the memorial, each with the sentence that justifies it.
  for (const peer of ["Mamayev Kurgan", "Poklonnaya", "Piskaryovskoye"]) {
    await expect(decision(rzhev, new RegExp(`^Decision on: Rzhev Memorial.* — Comparable monument — .*${peer}`))).toBeVisible();
  }
  await expect(rzhev.getByText(/^Because: “.*on a par with/).first()).toBeVisible();

  // Create drafts with no title or summary of ours is refused beside the field, and the decisions stay.
  const mamayev = decision(rzhev, /Comparable monument — .*Mamayev Kurgan/);
  await mamayev.getByRole("button", { name: "Accept" }).click();
  await curator.getByRole("button", { name: "Create drafts" }).click();
  await expect(curator.getByRole("textbox", { name: "Our title in English" })).toBeFocused();
  await expect(curator.getByRole("textbox", { name: "Our title in English" })).toHaveAccessibleDescription(/at least one language/);
  await expect(mamayev.getByRole("button", { name: "Accept" })).toHaveAttribute("aria-pressed", "true");

  // Both events are in the collection already: accepting them mentions them. Accept the comparable
  // links and the people, reject the Magnitogorsk link.
  await decision(almaty, /^Decision on: Event: A meeting/)
    .getByRole("button", { name: "Accept" })
    .click();
  await decision(rzhev, /^Decision on: Event: /)
    .getByRole("button", { name: "Accept" })
    .click();
  for (const peer of ["Poklonnaya", "Piskaryovskoye"]) {
    await decision(rzhev, new RegExp(`Comparable monument — .*${peer}`))
      .getByRole("button", { name: "Accept" })
      .click();
  }
  const rejected = decision(rzhev, /Comparable monument — .*Magnitogorsk/);
  await rejected.getByRole("button", { name: "Reject" }).click();
  await expect(rejected.getByRole("button", { name: "Reject" })).toHaveAttribute("aria-pressed", "true");
  for (const person of await rzhev.getByRole("group", { name: PEOPLE }).all()) await person.getByRole("button", { name: "Accept" }).click();

  const title = `CSTO news of 2020 and 2024 (import ${Date.now().toString(36)})`;
  await writeSummary(curator, title);
  await curator
    .getByRole("textbox", { name: /One short quotation/ })
    .fill("the first largest monument dedicated to the feat of Soviet soldiers");
  expect(await seriousViolations(curator)).toEqual([]);
  await curator.getByRole("button", { name: "Create drafts" }).click();

  const outcome = curator.getByRole("region", { name: "Drafts" });
  const article = outcome.getByRole("link", { name: /^Article created as a draft: / });
  await expect(article).toBeVisible({ timeout: 30_000 });
  await expect(outcome.getByRole("link", { name: "Already there: csto-security-council-secretaries-almaty-2024" })).toBeVisible();
  await expect(outcome.getByRole("link", { name: "Already there: rzhev-central-figure-installation-2020" })).toBeVisible();
  await expect(outcome.getByText(/^Link already there: Rzhev Memorial.* → .*Mamayev Kurgan/)).toBeVisible();
  await expect(outcome.getByText(/Magnitogorsk/)).toHaveCount(0);

  // The article is a draft with our title and the original's.
  await article.click();
  await expect(curator.getByText("Status: Draft")).toBeVisible();
  await expect(curator.getByRole("textbox", { name: "Title (en)" })).toHaveValue(title);
  await expect(curator.getByRole("textbox", { name: "Original title" })).toHaveValue(/^In an exclusive commentary to Cronos\.Asia/);
  await curator.goto("/en/admin/articles?status=draft");
  await expect(curator.getByRole("link", { name: title })).toBeVisible();

  // The same page again, decided the same way: nothing new.
  await analyzeSeedPage(curator);
  const again = curator.getByRole("region", { name: /^Item \d+: The final stage of the installation/ });
  for (const peer of ["Mamayev Kurgan", "Poklonnaya", "Piskaryovskoye"]) {
    await decision(again, new RegExp(`Comparable monument — .*${peer}`))
      .getByRole("button", { name: "Accept" })
      .click();
  }
  for (const person of await again.getByRole("group", { name: PEOPLE }).all()) await person.getByRole("button", { name: "Accept" }).click();
  await writeSummary(curator, title);
  await curator.getByRole("button", { name: "Create drafts" }).click();
  const second = curator.getByRole("region", { name: "Drafts" });
  await expect(second.getByText("Nothing new was created: everything accepted was already there.")).toBeVisible({ timeout: 30_000 });
  await expect(second.getByRole("link", { name: /^This article was imported before: / })).toBeVisible();
});

// A page the collection knows nothing of yet (no event on that day, no such governor), uploaded as a file.
const VOLGOGRAD_PAGE = `<html><head><meta property="og:site_name" content="Волгоградские новости"></head><body>
<nav>Главная / Новости</nav>
<h2>В Волгограде почтили память защитников Сталинграда</h2>
<p>2 февраля 2023 года на Мамаевом кургане в Волгограде прошла торжественная церемония, посвящённая 80-летию победы в Сталинградской битве. Губернатор Волгоградской области Андрей Бочаров возложил цветы.</p>
<p>Назад</p>
</body></html>`;

async function analyzeVolgogradPage(page: Page, url: string): Promise<Locator> {
  await page.goto("/ru/admin/article-imports");
  await page.getByLabel("Или загрузите страницу (.html, .htm, .txt или .docx)").setInputFiles({
    name: "volgograd.html",
    mimeType: "text/html",
    buffer: Buffer.from(VOLGOGRAD_PAGE),
  });
  await expect(page.getByText("Файл volgograd.html прочитан в поле выше.")).toBeVisible();
  await page.getByRole("textbox", { name: "Адрес оригинала (необязательно)" }).fill(url);
  await page.getByRole("button", { name: "Разобрать" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Предложения" })).toBeVisible({ timeout: 30_000 });
  const item = page.getByRole("region", { name: /^Новость 1: В Волгограде почтили память/ });
  await decision(item, /^Решение: Событие: /)
    .getByRole("button", { name: "Принять" })
    .click();
  await decision(item, /^Решение: Андрей Бочаров/)
    .getByRole("button", { name: "Принять" })
    .click();
  await page.getByRole("textbox", { name: "Наше название по-русски" }).fill("Память защитников Сталинграда (тест импорта)");
  await page
    .getByRole("textbox", { name: "Пересказ по-русски, своими словами" })
    .fill("Церемония на Мамаевом кургане, пересказ своими словами.");
  await page.getByRole("button", { name: "Создать черновики" }).click();
  const outcome = page.getByRole("region", { name: "Черновики" });
  await expect(outcome.getByRole("link").first()).toBeVisible({ timeout: 30_000 });
  return outcome;
}

test("a Russian page uploaded as a file: its new event and person become drafts citing the article, once", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const url = `https://news.example.org/2023/02/02/ceremony-${Date.now().toString(36)}`;
  const outcome = await analyzeVolgogradPage(curator, url);
  await expect(outcome.getByRole("link", { name: /^Статья создана как черновик: / })).toBeVisible();
  const drafts = outcome.getByRole("link", { name: /^Новый черновик: / });
  await expect(drafts).toHaveCount(2);
  const slugs = (await drafts.allTextContents()).map((text) => text.replace("Новый черновик: ", ""));
  for (const slug of slugs) {
    await curator.goto(`/ru/admin/entries/${slug}`);
    await expect(curator.getByText("Статус: Черновик")).toBeVisible();
    await expect(curator.getByRole("combobox", { name: "Источник" }).first()).toHaveValue(/^article-import-/);
  }

  const again = await analyzeVolgogradPage(curator, url);
  await expect(again.getByText("Ничего нового не создано: всё принятое уже было.")).toBeVisible();
  await expect(again.getByRole("link", { name: /^Новый черновик: / })).toHaveCount(0);
});
