import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const MAMAYEV = /^"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan/;

for (const viewport of [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
]) {
  test(`on a phone the search is in sight, and its results rise in the sheet (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/en/?lat=56.2500&lng=34.3200&z=9&filter=all");
    const search = page.getByRole("searchbox", { name: "Search", exact: true });
    // Not behind "Filters": the other filters are.
    await expect(search).toBeVisible();
    await expect(page.getByRole("combobox", { name: "Country" })).toBeHidden();
    await search.fill("Mamaev");
    const match = page.getByRole("region", { name: "Search results" }).getByRole("button", { name: MAMAYEV });
    await expect(match).toBeVisible({ timeout: 20_000 });
    await match.click();
    await expect(
      page.getByRole("heading", { level: 2, name: '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan' }),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page, ".explorer-side")).toEqual([]);
  });
}
