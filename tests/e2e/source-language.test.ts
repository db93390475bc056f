import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

/** The timeline's and the panel's chunks load after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };

/** Two reference sources of the Rzhev Memorial have this English title (English Wikipedia, a travel blog). */
const ENGLISH_TITLE = "Rzhev Memorial to the Soviet Soldier";
const RUSSIAN_TITLE = "Ржевский мемориал Советскому солдату посетило свыше 300 тысяч человек";
const SWEDISH_TITLE = "Rzhev minnesmärke (Ржевский мемориал)";
/** The source of the Rzhev Memorial's comparable links, an English news item. */
const NEWS_TITLE = "The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun";

test("on a Russian entry page, a source title in another language is marked with it, a Russian one is not", async ({ page }) => {
  await page.goto("/ru/entries/rzhev-memorial");
  const sources = page.getByRole("region", { name: "Источники" });
  const english = sources.getByRole("link", { name: ENGLISH_TITLE, exact: true });
  await expect(english).toHaveCount(2);
  for (const link of await english.all()) await expect(link).toHaveAttribute("lang", "en");
  await expect(sources.getByRole("link", { name: SWEDISH_TITLE })).toHaveAttribute("lang", "sv");
  await expect(sources.getByRole("link", { name: RUSSIAN_TITLE })).not.toHaveAttribute("lang", /./);
  // The source of a link to another entry, too.
  const linked = page.getByRole("region", { name: "Связанные записи" });
  await expect(linked.getByRole("link", { name: NEWS_TITLE }).first()).toHaveAttribute("lang", "en");
  expect(await seriousViolations(page)).toEqual([]);
});

test("on an English entry page, the Russian source title is marked Russian and the English ones are not", async ({ page }) => {
  await page.goto("/en/entries/rzhev-memorial");
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: RUSSIAN_TITLE })).toHaveAttribute("lang", "ru");
  for (const link of await sources.getByRole("link", { name: ENGLISH_TITLE, exact: true }).all()) {
    await expect(link).not.toHaveAttribute("lang", /./);
  }
  expect(await seriousViolations(page)).toEqual([]);
});

test("the compare table, the explorer's panel and the handout mark source titles the same way", async ({ page }) => {
  await page.goto("/ru/compare?entries=rzhev-memorial,mamayev-kurgan");
  const why = page.getByRole("table", { name: "Сравниваемые памятники" }).getByRole("row", { name: /^Почему сравниваются/ });
  await expect(why.getByRole("link", { name: NEWS_TITLE })).toHaveAttribute("lang", "en");

  await page.goto("/ru/?entry=rzhev-memorial");
  const panel = page.getByRole("region", { name: "Ржевский мемориал Советскому солдату" });
  const mamayev = panel
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: "«Героям Сталинградской битвы», Мамаев курган" }) });
  await expect(mamayev.getByRole("link", { name: NEWS_TITLE })).toHaveAttribute("lang", "en", LOADED);

  await page.goto("/ru/handout?lat=56.2600&lng=34.3300&z=8");
  const rzhev = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: /Ржевский мемориал Советскому солдату$/ }) });
  await expect(rzhev.getByText(SWEDISH_TITLE, { exact: true })).toHaveAttribute("lang", "sv");
  await expect(rzhev.getByText(RUSSIAN_TITLE, { exact: true })).not.toHaveAttribute("lang", /./);
});

test("a curator gives a new source's language in the editor, and the entry page marks its title with it", async ({ browser, page }) => {
  test.setTimeout(60_000);
  const curator = await staffPage(browser, CURATOR);
  const slug = `german-source-${Date.now().toString(36)}`;
  const title = "Das Denkmal am Wolgaufer";
  const created = await curator.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title: "A memorial on the Volga" }, ru: { title: "Памятник на Волге" } } },
  });
  expect(created.status()).toBe(201);
  await curator.goto(`/en/admin/entries/${slug}`);
  const sources = curator.getByRole("group", { name: "Sources", exact: true });
  await sources.getByRole("button", { name: "Add a source" }).click();
  const citation = sources.getByRole("group", { name: "Citation 1", exact: true });
  await citation.getByRole("textbox", { name: "Title of the new source" }).fill(title);
  const language = citation.getByRole("combobox", { name: "Language of the title" });
  await expect(language).toHaveValue("");
  await language.selectOption({ label: "German" });
  await citation.getByRole("textbox", { name: "Web address" }).fill("https://archive.example.org/wolga");
  await citation.getByRole("combobox", { name: "Supports the entry's" }).selectOption({ label: "name" });
  expect(await seriousViolations(curator, "main")).toEqual([]);
  await curator.getByRole("button", { name: "Save" }).click();
  await expect(curator.getByRole("status").filter({ hasText: /Saved \(version/ })).toBeVisible();
  await curator.getByRole("button", { name: "Publish" }).click();
  await curator.getByRole("dialog", { name: "Publish this entry?" }).getByRole("button", { name: "Publish now" }).click();
  await expect(curator.getByText("Status: Published")).toBeVisible();

  await page.goto(`/ru/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Источники" }).getByRole("link", { name: title })).toHaveAttribute("lang", "de");
  await page.goto(`/en/entries/${slug}`);
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: title })).toHaveAttribute("lang", "de");
});
