import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const TOUR = "from-rzhev-to-the-great-memorials";

/**
 * Counts, frame by frame until `settled` holds, how often what the map draws (its markers' positions)
 * and what the timeline draws (its axis labels' positions) changed: an animated move changes them over
 * many frames, a jump in one or two.
 */
async function framesMoving(
  page: Page,
  act: () => Promise<void>,
  settled: () => Promise<boolean>,
): Promise<{ map: number; timeline: number }> {
  await page.evaluate(() => {
    const snapshot = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].map((element) => `${element.style.transform}|${element.style.left}`).join(",");
    const counts = { map: 0, timeline: 0, running: true };
    let last = { map: snapshot(".leaflet-marker-pane > *"), timeline: snapshot(".vis-time-axis .vis-text") };
    const frame = () => {
      const now = { map: snapshot(".leaflet-marker-pane > *"), timeline: snapshot(".vis-time-axis .vis-text") };
      if (now.map !== last.map) counts.map++;
      if (now.timeline !== last.timeline) counts.timeline++;
      last = now;
      if (counts.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    (window as unknown as { __frames: typeof counts }).__frames = counts;
  });
  await act();
  await expect.poll(settled, { timeout: 10_000 }).toBe(true);
  // Past the end of both animations (the longest, the map's flight, takes 1.5 s).
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const counts = (window as unknown as { __frames: { map: number; timeline: number; running: boolean } }).__frames;
    counts.running = false;
    return { map: counts.map, timeline: counts.timeline };
  });
}

const mapAt = (page: Page, pattern: RegExp) => async () =>
  pattern.test((await page.locator("[data-map-view]").getAttribute("data-map-view")) ?? "");

test.describe("presenting, with motion", () => {
  test("the map flies and the timeline moves to the next step, animated", async ({ page }) => {
    await page.goto(`/en/tours/${TOUR}/present?step=3`);
    await expect(page.getByText("Step 3 of 7")).toBeVisible();
    await expect(page.locator("[data-map-view]")).not.toHaveAttribute("data-map-view", "");
    await expect(page.locator(".vis-item").first()).toBeVisible();
    const before = (await page.locator("[data-map-view]").getAttribute("data-map-view")) ?? "";
    // Step 4 is Mamayev Kurgan, in Volgograd: a long way from Rzhev.
    const frames = await framesMoving(
      page,
      () => page.keyboard.press("ArrowRight"),
      async () => !(await mapAt(page, new RegExp(`^${before.replace(/\./g, "\\.")}$`))()) && (await mapAt(page, /^48\.7/)()),
    );
    await expect(page.getByText("Step 4 of 7")).toBeVisible();
    expect(frames.map).toBeGreaterThan(5);
    expect(frames.timeline).toBeGreaterThan(5);
  });
});

test.describe("presenting, with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the map and the timeline jump to the next step", async ({ page }) => {
    await page.goto(`/en/tours/${TOUR}/present?step=3`);
    await expect(page.getByText("Step 3 of 7")).toBeVisible();
    await expect(page.locator("[data-map-view]")).not.toHaveAttribute("data-map-view", "");
    await expect(page.locator(".vis-item").first()).toBeVisible();
    const frames = await framesMoving(page, () => page.keyboard.press("ArrowRight"), mapAt(page, /^48\.7/));
    await expect(page.getByText("Step 4 of 7")).toBeVisible();
    expect(frames.map).toBeLessThanOrEqual(3);
    expect(frames.timeline).toBeLessThanOrEqual(3);
  });
});

test("a presenter view in a second window shows the notes, the next step and a clock, and both windows stay in step", async ({
  page,
  context,
}) => {
  await page.goto(`/en/tours/${TOUR}/present?step=1`);
  await expect(page.getByText("Step 1 of 7")).toBeVisible();
  const [presenter] = await Promise.all([context.waitForEvent("page"), page.getByRole("button", { name: "Presenter view" }).click()]);
  const errors: string[] = [];
  presenter.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  presenter.on("pageerror", (error) => errors.push(error.message));
  await expect(presenter).toHaveURL(new RegExp(`/en/tours/${TOUR}/present\\?step=1&presenter=1$`));
  const view = presenter.getByRole("region", { name: /^Presenter view of / });
  await expect(view.getByText("Step 1 of 7")).toBeVisible();
  await expect(view.getByRole("heading", { level: 1, name: "Battles of Rzhev" })).toBeVisible();
  await expect(view.getByText("The sources disagree on the first and last days of the battles. Why might that be?")).toBeVisible();
  await expect(view.locator(".presenter-narrative")).not.toBeEmpty();
  await expect(view.getByRole("complementary", { name: "Next step" })).toContainText("Next: Rzhev Memorial");
  await expect(view.locator("time")).toHaveText(/^\d{1,2}:\d{2}/);
  await expect(view.getByText(/^Running 0:0\d$/)).toBeVisible();

  // The projected window leads: the presenter view follows.
  await page.keyboard.press("PageDown");
  await expect(page.getByText("Step 2 of 7")).toBeVisible();
  await expect(view.getByText("Step 2 of 7")).toBeVisible();
  await expect(presenter).toHaveURL(/step=2&presenter=1$/);
  // The presenter view leads, by its buttons and by a clicker's keys: the projected window follows.
  await view.getByRole("button", { name: "Next step" }).click();
  await expect(view.getByText("Step 3 of 7")).toBeVisible();
  await expect(page.getByText("Step 3 of 7")).toBeVisible();
  await expect(page).toHaveURL(/step=3$/);
  await expect(page.locator("[data-map-view]")).toHaveAttribute("data-map-view", /^56\.\d{3},34\.\d{3},\d+$/);
  await presenter.keyboard.press("End");
  await expect(page.getByText("Step 7 of 7")).toBeVisible();
  await expect(view.getByText("This is the last step.")).toBeVisible();
  await presenter.keyboard.press("Escape");
  await expect(view.getByText("Step 7 of 7")).toBeVisible();
  await expect(page.getByText("Step 7 of 7")).toBeVisible();
  expect(errors).toEqual([]);
});
