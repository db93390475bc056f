import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };
/** Zoomed in at Rzhev, far from Volgograd, with every entry on the map. */
const AT_RZHEV = "lat=56.2500&lng=34.3200&z=10&from=2015-01-01&to=2022-01-01&filter=all";

const LABELS = {
  en: {
    search: "Search",
    results: "Search results",
    onlyInView: "Only in the map view",
    map: "Map of entries",
    timeline: "Timeline of entries",
    mamayev: '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan',
    where: "Volgograd",
    noneInView: /No match in this part of the map/,
  },
  ru: {
    search: "Поиск",
    results: "Результаты поиска",
    onlyInView: "Только в видимой части карты",
    map: "Карта записей",
    timeline: "Лента времени",
    mamayev: "«Героям Сталинградской битвы», Мамаев курган",
    where: "Волгоград",
    noneInView: /В этой части карты совпадений нет/,
  },
} as const;

for (const locale of ["en", "ru"] as const) {
  const l = LABELS[locale];
  test(`search lists matches across the collection, and choosing one brings the map and the timeline to it (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/?${AT_RZHEV}`);
    await page.getByRole("searchbox", { name: l.search, exact: true }).fill("Mamaev");

    const results = page.getByRole("region", { name: l.results });
    const match = results.getByRole("button", { name: new RegExp(`^${l.mamayev.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
    await expect(match).toBeVisible(LOADED);
    // Where and when it is, beside its title.
    await expect(match).toContainText(l.where);
    await expect(match).toContainText("1967");

    // "Only in the map view" is a filter the visitor turns on: the map is at Rzhev, the match is not.
    const onlyInView = results.getByRole("checkbox", { name: l.onlyInView });
    await expect(onlyInView).not.toBeChecked();
    await onlyInView.check();
    await expect(results).toContainText(l.noneInView, LOADED);
    await expect(match).toHaveCount(0);
    await onlyInView.uncheck();
    await expect(match).toBeVisible();

    await match.click();
    await expect(page).toHaveURL(/entry=mamayev-kurgan/);
    await expect(page.getByRole("region", { name: l.map }).getByRole("button", { name: l.mamayev, exact: true })).toBeVisible(LOADED);
    // The map flew to Volgograd (48.74° N, 44.54° E)…
    await expect
      .poll(() => {
        const url = new URL(page.url());
        return [Math.round(Number(url.searchParams.get("lat"))), Math.round(Number(url.searchParams.get("lng")))];
      }, LOADED)
      .toEqual([49, 45]);
    // …and the timeline to 1967.
    await expect(page.getByRole("region", { name: l.timeline }).locator(".vis-item.vis-selected:not(.vis-dot)")).toBeVisible(LOADED);
    await expect
      .poll(() => {
        const url = new URL(page.url());
        const from = Number(url.searchParams.get("from")?.slice(0, 4));
        const to = Number(url.searchParams.get("to")?.slice(0, 4));
        return from <= 1967 && to >= 1967;
      }, LOADED)
      .toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the search results keep the filters: a kind filter leaves out what it excludes", async ({ page }) => {
  await page.goto(`/en/?${AT_RZHEV}`);
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("Stalingrad");
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("button", { name: /^Battle of Stalingrad/ })).toBeVisible(LOADED);
  await page.getByRole("checkbox", { name: "Memorial", exact: true }).check();
  await expect(results.getByRole("button", { name: /^Battle of Stalingrad/ })).toHaveCount(0);
  await expect(results.getByRole("button", { name: new RegExp(`^${LABELS.en.mamayev}`) })).toBeVisible();
});
