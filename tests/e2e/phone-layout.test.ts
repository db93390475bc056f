import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

const PHONES = [
  { width: 375, height: 667 },
  { width: 320, height: 568 },
] as const;

const TEXT = {
  en: {
    map: "Map of entries",
    intro: "War memorials and the events they remember",
    dismiss: "Got it, hide this",
    filters: "Filters",
    onlyWindow: /only what happened in the timeline window/,
    sheet: /List and timeline/,
    rzhev: "Rzhev Memorial to the Soviet Soldier",
  },
  ru: {
    map: "Карта записей",
    intro: "Военные мемориалы и события, которые они хранят",
    dismiss: "Понятно, скрыть",
    filters: "Фильтры",
    onlyWindow: /только то, что попадает в окно ленты времени/,
    sheet: /Список и лента времени/,
    rzhev: "Ржевский мемориал Советскому солдату",
  },
} as const;

/** The timeline's and the map's chunks load after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const phone of PHONES) {
  for (const locale of ["en", "ru"] as const) {
    const t = TEXT[locale];
    const size = `${phone.width}×${phone.height}, ${locale}`;

    test(`on a phone the introduction is in sight at once, the map keeps the screen, and nothing half-covered is left to hit (${size})`, async ({
      page,
    }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/?lat=55.5&lng=37.6&z=5&${WHOLE_COLLECTION}`);
      const map = page.getByRole("region", { name: t.map });
      await expect(map.locator(".entry-marker").first()).toBeAttached(LOADED);
      // The introduction is not folded away in the closed sheet: it is on the first screen, over the map.
      const intro = page.getByRole("region", { name: t.intro });
      await expect(intro).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole("button", { name: t.sheet })).toHaveAttribute("aria-expanded", "false");
      expect(await seriousViolations(page)).toEqual([]);
      await intro.getByRole("button", { name: t.dismiss }).click();
      await expect(intro).toHaveCount(0);

      // The timeline-window switch waits behind "Filters" with the rest: the map starts right under the search.
      const onlyWindow = page.getByRole("checkbox", { name: t.onlyWindow });
      await expect(onlyWindow).toBeHidden();
      const mapBox = (await map.boundingBox())!;
      const searchBox = (await page.getByRole("searchbox").boundingBox())!;
      expect(mapBox.y - (searchBox.y + searchBox.height)).toBeLessThan(16);
      await page.getByRole("button", { name: t.filters, exact: true }).click();
      await expect(onlyWindow).toBeVisible();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole("button", { name: t.filters, exact: true }).click();
      await expect(onlyWindow).toBeHidden();

      // Open, the sheet lies over most of the map: the map behind it is out of reach until it folds
      // away, not a row of half-covered markers and zoom buttons.
      const handle = page.getByRole("button", { name: t.sheet });
      await handle.click();
      await expect(page.getByRole("region", { name: /Timeline of entries|Лента времени/ })).toBeVisible();
      // Found by its test id: an inert map is out of the accessibility tree, so its role finds nothing.
      await expect(page.getByTestId("map")).toHaveJSProperty("inert", true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await handle.click();
      await expect(page.getByTestId("map")).toHaveJSProperty("inert", false);
    });

    test(`on a phone the selection's popup is a compact label that leaves the map and its neighbours free (${size})`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/?entry=rzhev-memorial&lat=56.2&lng=34.3&z=7&${WHOLE_COLLECTION}`);
      await page.getByRole("region", { name: t.intro }).getByRole("button", { name: t.dismiss }).click();
      const popup = page.locator(".leaflet-popup");
      await expect(popup.getByText(t.rzhev)).toBeVisible(LOADED);
      await page.waitForLoadState("networkidle");
      const map = (await page.getByRole("region", { name: t.map }).boundingBox())!;
      const box = (await popup.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(map.width * 0.6);
      expect(box.width * box.height).toBeLessThanOrEqual(map.width * map.height * 0.2);
      expect(await seriousViolations(page)).toEqual([]);
    });

    test(`the compare page fits a phone screen (${size})`, async ({ page }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/compare?entries=rzhev-memorial,mamayev-kurgan,victory-park-poklonnaya-gora`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator(".compare-views .entry-marker").first()).toBeAttached(LOADED);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
