import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { timelineRegion } from "./timeline-drag";

/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };
const MAP = { name: "Map of entries" };
const FILTER = { name: /only what happened in the timeline window/ };
const RZHEV_MEMORIAL = "Rzhev Memorial to the Soviet Soldier";
const BATTLES = ["Battles of Rzhev", "Battle of Stalingrad"];

/** A timeline item's title, as its label shows it (the template's text element inside the item). */
const timelineLabel = (page: Page, title: string) =>
  timelineRegion(page)
    .locator(".vis-item:not(.vis-dot) .vis-item-content > span")
    .filter({ hasText: new RegExp(`^${title}$`) });

/**
 * Whether a label can be read whole where it is drawn: not shortened with an ellipsis, and its
 * first, middle and last letters each on top at their place (not cut off by a bar too narrow for
 * them, covered by another item, or out of the timeline's visible rows or of the screen).
 */
function readable(page: Page, title: string): Promise<{ shortened: boolean; hidden: number[] }> {
  return timelineLabel(page, title).evaluate((label) => {
    const content = label.parentElement!;
    const box = label.getBoundingClientRect();
    const y = box.top + box.height / 2;
    const hidden = [0.03, 0.5, 0.97].filter((share) => {
      const hit = document.elementFromPoint(box.left + box.width * share, y);
      return !hit || !(hit === label || label.contains(hit));
    });
    return { shortened: content.scrollWidth > content.clientWidth, hidden };
  });
}

/** The timeline window the address holds (days, as written). */
const addressWindow = (page: Page) => {
  const url = new URL(page.url());
  return { from: url.searchParams.get("from"), to: url.searchParams.get("to") };
};

for (const viewport of [
  { width: 1366, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`the timeline opens on the war years, with the battles' titles readable whole (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/en");
    for (const title of BATTLES) await expect(timelineLabel(page, title)).toBeVisible(LOADED);
    await page.waitForLoadState("networkidle");
    for (const title of BATTLES)
      await expect.poll(() => readable(page, title), { message: title }).toEqual({ shortened: false, hidden: [] });
    // The opening window frames the collection's densest years, 1941–1945 in the reference data.
    await expect.poll(() => addressWindow(page).from?.slice(0, 4)).toMatch(/^194[01]$/);
    expect(addressWindow(page).to?.slice(0, 4)).toMatch(/^194[56]$/);
  });
}

test("by default the map shows only what happened in the timeline window, and the address says when it does not", async ({ page }) => {
  await page.goto("/en");
  const map = page.getByRole("region", MAP);
  await expect(page.getByRole("checkbox", FILTER)).toBeChecked();
  await expect(map.getByRole("button", { name: "Battles of Rzhev", exact: true })).toBeVisible(LOADED);
  await expect(map.getByRole("button", { name: RZHEV_MEMORIAL, exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/filter=window/);

  await page.getByRole("checkbox", FILTER).uncheck();
  await expect(map.getByRole("button", { name: RZHEV_MEMORIAL, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/filter=all/);
  await page.reload();
  await expect(page.getByRole("checkbox", FILTER)).not.toBeChecked();
  await expect(map.getByRole("button", { name: RZHEV_MEMORIAL, exact: true })).toBeVisible(LOADED);
});

test("a link made before the map followed the timeline (a view, no filter parameter) still opens with every entry on the map", async ({
  page,
}) => {
  await page.goto("/en/?lat=54.0000&lng=40.0000&z=4&from=1941-06-22&to=1945-05-09");
  await expect(page.getByRole("checkbox", FILTER)).not.toBeChecked();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: RZHEV_MEMORIAL, exact: true })).toBeVisible(LOADED);
  await expect(page).toHaveURL(/filter=all/);
});

test("a link that names a window opens exactly on it", async ({ page }) => {
  await page.goto("/en/?from=1960-01-01&to=1980-01-01&filter=window");
  const mamayev = timelineRegion(page).locator(".vis-item.vis-point", { hasText: '"To the Heroes of the Battle of Stalingrad"' });
  await expect(mamayev).toBeVisible(LOADED);
  await page.waitForLoadState("networkidle");
  expect(addressWindow(page)).toEqual({ from: "1960-01-01", to: "1980-01-01" });
  // Opened on 15 October 1967: 39% of the way from 1960 to 1980 across the timeline.
  const centre = timelineRegion(page).locator(".vis-panel.vis-center");
  const [panel, dot] = await Promise.all([centre.boundingBox(), mamayev.locator(".vis-dot").boundingBox()]);
  const share = (dot!.x + dot!.width / 2 - panel!.x) / panel!.width;
  expect(share).toBeGreaterThan(0.38);
  expect(share).toBeLessThan(0.4);
  // The map follows that window: the Rzhev Memorial (2020) is not on it.
  await expect(page.getByRole("region", MAP).getByRole("button", { name: RZHEV_MEMORIAL, exact: true })).toHaveCount(0);
});
