import type { Route } from "@playwright/test";
import { expect, test } from "./fixtures";

/** A title a hostile or careless editor could save: markup that would run if it were parsed. */
const HOSTILE_TITLE = `<img src="x" onerror="window.__timelineXss = 1">Rzhev & "friends"`;

/** Gives every entry of the timeline's answers the hostile title. */
async function withHostileTitles(route: Route): Promise<void> {
  const response = await route.fetch();
  const body = (await response.json()) as { entries?: { title: string }[] };
  for (const entry of body.entries ?? []) entry.title = HOSTILE_TITLE;
  await route.fulfill({ response, json: body });
}

test("timeline labels and tooltips show a title's markup as text and run nothing", async ({ page }) => {
  await page.route((url) => url.pathname === "/api/v1/viewport" && url.searchParams.get("require") === "dates", withHostileTitles);
  await page.goto("/en/?from=1930-01-01&to=2030-01-01");
  const timeline = page.getByRole("region", { name: "Timeline of entries" });
  const labels = timeline.locator(".vis-item .vis-item-content").filter({ hasText: "Rzhev" });
  await expect(labels.first()).toHaveText(HOSTILE_TITLE, { timeout: 20_000 });
  await expect(labels.first().locator("span[lang]")).toHaveCount(1);
  await expect(timeline.locator("img")).toHaveCount(0);

  // Over a century the 1941–1945 entries take more rows than the timeline shows: the years-long
  // spans stack above the short events (stack-in-order.ts) and are scrolled to. The first label in
  // the DOM is such a span, so the one hovered is a label in the rows on screen.
  const inRows = await labels.evaluateAll((elements) => {
    const rows = elements[0]!.closest(".vis-panel.vis-center")!.getBoundingClientRect();
    return elements.findIndex((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= rows.top && box.bottom <= rows.bottom && box.left >= rows.left && box.right <= rows.right;
    });
  });
  expect(inRows).toBeGreaterThanOrEqual(0);
  const label = labels.nth(inRows);
  await expect(label).toHaveText(HOSTILE_TITLE);
  await label.hover();
  const tooltip = page.locator(".vis-tooltip");
  await expect(tooltip).toContainText(HOSTILE_TITLE);
  await expect(tooltip.locator("img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __timelineXss?: number }).__timelineXss)).toBeUndefined();
});
