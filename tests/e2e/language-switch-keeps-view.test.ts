import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };

/** The parameters of an address that name the view (all but the language, which is in the path). */
function viewOf(url: string): Record<string, string> {
  const params = new URL(url).searchParams;
  return Object.fromEntries([...params.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The address once the map's move to a selection has ended and the explorer has written it down. */
async function settledUrl(page: Page): Promise<string> {
  let previous = "";
  for (let tries = 0; tries < 20 && page.url() !== previous; tries++) {
    previous = page.url();
    await page.waitForTimeout(750);
  }
  return page.url();
}

for (const [from, to] of [
  ["en", "ru"],
  ["ru", "en"],
] as const) {
  test(`switching from ${from} to ${to} keeps the selection, the map, the time window and the filters`, async ({ page }) => {
    await page.goto(`/${from}/?lat=55.0000&lng=37.0000&z=5&from=1941-01-01&to=1946-01-01&filter=all`);
    const switcher = page.getByRole("list", { name: from === "en" ? "Language" : "Язык" });
    // Changes made after the page loaded: a filter, a search, a selection.
    await page.getByRole("checkbox", { name: from === "en" ? "Memorial" : "Мемориал", exact: true }).check();
    await page.getByRole("searchbox", { name: from === "en" ? "Search" : "Поиск", exact: true }).fill("Rzhev");
    await expect(page).toHaveURL(/q=Rzhev/);
    const list = page.getByRole("region", { name: from === "en" ? /Entries in view/ : /Записи в поле зрения/ });
    await list.getByRole("button", { name: from === "en" ? /^Rzhev Memorial to the Soviet Soldier/ : /^Ржевский мемориал/ }).click(LOADED);
    await expect(page).toHaveURL(/entry=rzhev-memorial/);
    const before = viewOf(await settledUrl(page));
    expect(before).toMatchObject({ entry: "rzhev-memorial", kinds: "memorial", q: "Rzhev" });

    await switcher.getByRole("link", { name: to === "ru" ? "Русский" : "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/${to}/?\\?`));
    await expect(page.locator("html")).toHaveAttribute("lang", to);
    expect(viewOf(page.url())).toEqual(before);
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: to === "ru" ? "Ржевский мемориал Советскому солдату" : "Rzhev Memorial to the Soviet Soldier",
      }),
    ).toBeVisible(LOADED);
    await expect(page.getByRole("checkbox", { name: to === "ru" ? "Мемориал" : "Memorial", exact: true })).toBeChecked();
    await expect(page.getByRole("searchbox", { name: to === "ru" ? "Поиск" : "Search", exact: true })).toHaveValue("Rzhev");
  });
}

test("the search page keeps its query when the language changes", async ({ page }) => {
  await page.goto("/en/search?q=Rzhev");
  await page.getByRole("list", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/search\?q=Rzhev/);
  await expect(page.getByRole("searchbox")).toHaveValue("Rzhev");
});
