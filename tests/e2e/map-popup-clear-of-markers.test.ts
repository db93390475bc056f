import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

const RZHEV_MEMORIAL = { en: "Rzhev Memorial to the Soviet Soldier", ru: "Ржевский мемориал Советскому солдату" } as const;
const LOADED = { timeout: 20_000 };

/** The markers and clusters the open popup covers, by name. */
async function markersUnderPopup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const popup = document.querySelector(".leaflet-popup")!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>(".leaflet-marker-icon")]
      .filter((marker) => {
        const r = marker.getBoundingClientRect();
        return r.left < popup.right && popup.left < r.right && r.top < popup.bottom && popup.top < r.bottom;
      })
      .map((marker) => marker.getAttribute("aria-label") ?? marker.textContent ?? "");
  });
}

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 375, height: 667 },
]) {
  for (const locale of ["en", "ru"] as const) {
    test(`the selection's popup covers none of its neighbours around Rzhev at zoom 7 (${viewport.width}×${viewport.height}, ${locale})`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize(viewport);
      // Read the introduction before: on a phone it lies over the map until then.
      await page.context().addCookies([{ name: "memorial-intro-read", value: "1", url: baseURL! }]);
      await page.goto(`/${locale}/?entry=rzhev-memorial&lat=56.2&lng=34.3&z=7&${WHOLE_COLLECTION}`);
      const popup = page.locator(".leaflet-popup");
      await expect(popup.getByText(RZHEV_MEMORIAL[locale])).toBeVisible(LOADED);
      // The markers around it: the town, the battles and the events at the memorial.
      await expect.poll(() => page.locator(".entry-marker").count(), LOADED).toBeGreaterThanOrEqual(7);
      await page.waitForLoadState("networkidle");
      await expect.poll(() => markersUnderPopup(page)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
