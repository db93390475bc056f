import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

declare global {
  interface Window {
    /** Each map viewport request, and whether Leaflet had made the map yet when it went out. */
    __mapRequests?: { url: string; mapExisted: boolean }[];
  }
}

/** Notes every map viewport request as the page makes it, from the first script on. */
async function watchMapRequests(page: Page) {
  await page.addInitScript(() => {
    const requests: { url: string; mapExisted: boolean }[] = [];
    window.__mapRequests = requests;
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (url.includes("/api/v1/viewport") && url.includes("require=coordinates")) {
        requests.push({ url, mapExisted: document.querySelector(".leaflet-container") !== null });
      }
      return original(input, init);
    };
  });
}

const mapRequests = (page: Page) => page.evaluate(() => window.__mapRequests ?? []);

test.describe("opening the explorer", () => {
  // Each view with a marker it draws: the default view follows the timeline's opening window (the war years).
  for (const [name, address, marker] of [
    ["the default view", "/en", "Battles of Rzhev"],
    [
      "a shared view filtered to its timeline window",
      "/en?lat=56.2&lng=34.3&z=6&from=1930-01-01&to=2030-01-01&filter=window",
      "Rzhev Memorial to the Soviet Soldier",
    ],
  ] as const) {
    test(`asks for the map's data before the map has loaded, and for nothing more once it has (${name})`, async ({ page }) => {
      await watchMapRequests(page);
      await page.goto(address);
      await expect(page.getByRole("region", { name: "Map of entries" }).getByRole("button", { name: marker, exact: true })).toBeVisible();
      // The map reports its own view once it has loaded: no new request means the early one asked for that very view.
      await page.waitForLoadState("networkidle");
      const requests = await mapRequests(page);
      expect(requests.length, JSON.stringify(requests)).toBe(1);
      expect(requests[0]!.mapExisted).toBe(false);
    });
  }
});
