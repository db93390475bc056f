import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };
const RZHEV_MEMORIAL = "Rzhev Memorial to the Soviet Soldier";

const addressOf = (page: Page) => {
  const url = new URL(page.url());
  return {
    from: url.searchParams.get("from"),
    to: url.searchParams.get("to"),
    lng: url.searchParams.get("lng"),
    z: url.searchParams.get("z"),
  };
};

test("a shared link naming an entry and a window opens on that window, not on the entry's date", async ({ page }) => {
  // The README's own example: the Rzhev Memorial (2020) selected, the war years on the timeline.
  await page.goto("/en/?entry=rzhev-memorial&lat=56.25&lng=34.32&z=7&from=1941-06-22&to=1945-05-09&filter=all");
  await expect(page.getByRole("heading", { level: 2, name: RZHEV_MEMORIAL })).toBeVisible(LOADED);
  const timeline = page.getByRole("region", { name: "Timeline of entries" });
  await expect(timeline.locator(".vis-item", { hasText: "Battles of Rzhev" })).toBeVisible(LOADED);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  const { from, to, lng, z } = addressOf(page);
  expect({ from, to, z }).toEqual({ from: "1941-06-22", to: "1945-05-09", z: "7" });
  // The map stays where the link put it, give or take the upward nudge that makes room for the selection's popup.
  expect(Math.abs(Number(lng) - 34.32)).toBeLessThan(0.05);
  await expect(timeline).toContainText("1943");
});

test("a link naming an entry and no window brings the timeline to the entry", async ({ page }) => {
  await page.goto("/en/?entry=rzhev-memorial");
  await expect(page.getByRole("heading", { level: 2, name: RZHEV_MEMORIAL })).toBeVisible(LOADED);
  const timeline = page.getByRole("region", { name: "Timeline of entries" });
  await expect(timeline.locator(".vis-item.vis-selected:not(.vis-dot)")).toBeVisible(LOADED);
  await expect
    .poll(() => {
      const { from, to } = addressOf(page);
      return Number(from?.slice(0, 4)) <= 2020 && Number(to?.slice(0, 4)) >= 2020;
    }, LOADED)
    .toBe(true);
});
