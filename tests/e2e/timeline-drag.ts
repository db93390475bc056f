import type { Page } from "@playwright/test";

export const timelineRegion = (page: Page) => page.getByRole("region", { name: "Timeline of entries" });

/**
 * Presses the mouse on the timeline's axis at `from` (a share of its width) and moves it left by
 * `distance` (a share of the width) in 20 steps `stepMs` apart, so the window moves to the right.
 * The button stays down: the caller looks at what happened during the drag, then releases it.
 */
export async function dragTimelineAxis(
  page: Page,
  { from, distance, stepMs }: { from: number; distance: number; stepMs: number },
): Promise<void> {
  const axis = (await timelineRegion(page).locator(".vis-panel.vis-bottom").boundingBox())!;
  const y = axis.y + axis.height / 2;
  const startX = axis.x + axis.width * from;
  await page.mouse.move(startX, y);
  await page.mouse.down();
  for (let step = 1; step <= 20; step++) {
    await page.mouse.move(startX - (axis.width * distance * step) / 20, y);
    await page.waitForTimeout(stepMs);
  }
}
