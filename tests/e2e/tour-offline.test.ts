import type { BrowserContext, Page } from "@playwright/test";
import { cutNetwork, restoreNetwork } from "./cut-network";
import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

const SLUG = "from-rzhev-to-the-great-memorials";
const TOUR_PAGE = `/en/tours/${SLUG}`;

/** Every request the browser makes, the service worker's included, must stay on this machine. */
function watchHosts(context: BrowserContext): string[] {
  const outside: string[] = [];
  context.on("request", (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (protocol.startsWith("http") && !["localhost", "127.0.0.1", "[::1]"].includes(hostname)) outside.push(request.url());
  });
  return outside;
}

async function stepTitles(page: Page): Promise<string[]> {
  return page.locator(".tour-step-list > li > h3 > span[lang]").allTextContents();
}

/** What the map reports it shows on each step (centre and zoom), each step opened on its own, online. */
async function stepViews(page: Page, count: number): Promise<string[]> {
  const views: string[] = [];
  for (let step = 1; step <= count; step++) {
    await page.goto(`${TOUR_PAGE}/present?step=${step}`);
    await expectBasemapDrawn(page, 30_000);
    views.push((await page.locator("[data-map-view]").getAttribute("data-map-view")) ?? "");
  }
  return views;
}

/**
 * The basemap's own canvas tiles drawn in the map (the outlines layer marks each one loaded when drawn).
 * The first time, the server cuts the fine coast from Natural Earth 1:10m, which takes a while.
 */
async function expectBasemapDrawn(page: Page, timeout = 5000): Promise<void> {
  await expect(page.locator(".present-map .leaflet-basemap-pane canvas.leaflet-tile-loaded").first()).toBeVisible({ timeout });
}

test("a saved tour presents every step with the network cut, and says when the saved copy is older", async ({ page, context, browser }) => {
  test.setTimeout(300_000);
  const outside = watchHosts(context);
  await page.goto(TOUR_PAGE);
  const titles = await stepTitles(page);
  expect(titles.length).toBeGreaterThan(2);
  const views = await stepViews(page, titles.length);
  expect(
    views.every((view) => /^-?\d+\.\d{3},-?\d+\.\d{3},\d+$/.test(view)),
    views.join(" "),
  ).toBe(true);
  await page.goto(TOUR_PAGE);

  await page.getByRole("button", { name: "Save for offline" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved for offline on / })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(`Tours saved on this device (1)`)).toBeVisible();

  // The worker is served for the whole site's scope, and its own policy lets it fetch from this site only.
  const worker = await page.request.get("/serwist/sw.js");
  expect(worker.headers()["service-worker-allowed"]).toBe("/");
  expect(worker.headers()["content-security-policy"]).toBe("default-src 'none'; connect-src 'self'");

  await cutNetwork(context);
  await page.goto(TOUR_PAGE);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^You are offline: this is the copy saved on / })).toBeVisible();

  await page.getByRole("link", { name: "Present" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/tours/${SLUG}/present\\?step=1$`));
  for (const [index, title] of titles.entries()) {
    if (index > 0) await page.keyboard.press(index % 2 ? "ArrowRight" : "PageDown");
    await expect(page.getByText(`Step ${index + 1} of ${titles.length}`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectBasemapDrawn(page);
    await expect(page.locator(".present-timeline .vis-timeline")).toBeVisible();
    await expect(page.locator(".present-timeline .vis-item").first()).toBeVisible();
    await expect(page.locator("[data-map-view]")).toHaveAttribute("data-map-view", views[index]!);
  }
  // A reload on the last step, still offline, stays there.
  await page.reload();
  await expect(page.getByText(`Step ${titles.length} of ${titles.length}`)).toBeVisible();
  await expectBasemapDrawn(page);

  // A curator changes the tour; back online, the tour page says the saved copy is older, and updates it.
  const curator = await staffPage(browser, CURATOR);
  const current = await curator.request.get(`/api/v1/admin/tours/${SLUG}`);
  expect(current.status()).toBe(200);
  const { version, snapshot } = await current.json();
  const changed = await curator.request.put(`/api/v1/admin/tours/${SLUG}`, {
    data: {
      expectedVersion: version,
      tour: {
        ...snapshot,
        translations: { ...snapshot.translations, en: { ...snapshot.translations.en, introduction: "Changed for the offline test." } },
      },
    },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await curator.context().close();

  await restoreNetwork(context);
  await page.goto(TOUR_PAGE);
  await expect(page.getByText("Changed for the offline test.")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /is older than the tour as published now\.$/ })).toBeVisible();
  await page.getByRole("button", { name: "Update the saved copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved for offline on / })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(`Tours saved on this device (1)`)).toBeVisible();

  // Removed, the tour is gone from the device, and so is the worker.
  await page.getByRole("button", { name: "Remove the saved copy" }).click();
  await expect(page.getByRole("button", { name: "Save for offline" })).toBeVisible();
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(outside, "requests to hosts other than localhost, the service worker's included").toEqual([]);
});
