import type { Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { dragTimelineAxis, timelineRegion } from "./timeline-drag";

/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };

/** Answers every timeline request with a count per calendar year: the same bucket (id, start, end) whatever the window. */
async function answerWithYearCounts(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const first = Number(url.searchParams.get("from")!.slice(0, 4));
  const last = Number(url.searchParams.get("to")!.slice(0, 4));
  const buckets = Array.from({ length: last - first + 1 }, (_, i) => ({
    id: `bucket:year:${first + i}`,
    start: Date.UTC(first + i, 0, 1),
    end: Date.UTC(first + i + 1, 0, 1),
    count: 400,
  }));
  await route.fulfill({ json: { mode: "buckets", total: 400 * buckets.length, buckets } });
}

test("a drag takes out of the DOM only the items it leaves behind, not every item near the edges on every frame", async ({ page }) => {
  await page.route((url) => url.pathname === "/api/v1/viewport" && url.searchParams.get("require") === "dates", answerWithYearCounts);
  await page.goto("/en/?from=1930-01-01&to=2030-01-01");
  await expect(timelineRegion(page).locator(".vis-item.time-bucket").first()).toBeVisible(LOADED);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const removed: string[] = [];
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes)
          if (node instanceof HTMLElement && node.classList.contains("vis-item")) removed.push(node.textContent ?? "");
      }
    }).observe(document.querySelector(".vis-itemset")!, { childList: true, subtree: true });
    Object.assign(window, { removedTimelineItems: removed });
  });

  // A fifth of the window (20 years) to the right, in 20 steps: 20 one-year buckets fall behind.
  await dragTimelineAxis(page, { from: 0.6, distance: 0.2, stepMs: 30 });
  await page.mouse.up();
  await page.waitForLoadState("networkidle");

  const removed = await page.evaluate(() => (window as unknown as { removedTimelineItems: string[] }).removedTimelineItems.length);
  expect(removed).toBeGreaterThan(0);
  expect(removed).toBeLessThanOrEqual(30);
});
