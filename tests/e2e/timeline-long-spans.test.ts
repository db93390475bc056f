import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

const SIZES = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "projector", width: 1280, height: 720 },
  { name: "phone", width: 375, height: 667 },
  { name: "small phone", width: 320, height: 568 },
];

/**
 * The spans of the reference collection longer than a year, which stack above the shorter entries, and
 * whether each has a point on the map (the war was fought along the whole front).
 */
const LONG_SPANS = [
  { title: "Great Patriotic War", slug: "great-patriotic-war", onMap: false },
  { title: "Salaspils camp", slug: "salaspils-camp", onMap: true },
  { title: "Defence of the Soviet Arctic", slug: "defence-of-the-soviet-arctic", onMap: true },
  { title: "Siege of Leningrad", slug: "siege-of-leningrad", onMap: true },
  { title: "Battles of Rzhev", slug: "battles-of-rzhev", onMap: true },
];

/** Whether the item lies wholly inside the timeline's rows as they are shown (not stacked out of sight above them). */
async function shownInRows(rows: Locator, item: Locator): Promise<boolean> {
  const [area, box] = await Promise.all([rows.boundingBox(), item.boundingBox()]);
  return Boolean(area && box && box.y >= area.y - 0.5 && box.y + box.height <= area.y + area.height + 0.5);
}

/** Presses a key on the focused scrollbar and waits for the scroll it starts (animated in Chromium) to end. */
async function press(page: Page, scroller: Locator, key: string): Promise<void> {
  await page.keyboard.press(key);
  let last = -1;
  for (let now = await scroller.evaluate((e) => e.scrollTop); now !== last; now = await scroller.evaluate((e) => e.scrollTop)) {
    last = now;
    await page.waitForTimeout(100);
  }
}

/** Scrolls the rows from the keyboard, one step up at a time from the bottom, until the item shows. */
async function scrollRowsTo(page: Page, scroller: Locator, rows: Locator, item: Locator): Promise<void> {
  await scroller.focus();
  await expect(scroller).toBeFocused();
  await press(page, scroller, "End");
  for (let step = 0; step < 40 && !(await shownInRows(rows, item)); step++) await press(page, scroller, "ArrowUp");
  expect(await shownInRows(rows, item), "the item shows in the timeline's rows after scrolling them").toBe(true);
}

for (const size of SIZES) {
  test(`${size.name} ${size.width}×${size.height}: every long span of the whole collection can be scrolled into view on the timeline and selected`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(`/en?${WHOLE_COLLECTION}`);
    const timeline = page.getByRole("region", { name: "Timeline of entries" });
    const rows = timeline.locator(".vis-panel.vis-center");
    const itemOf = (title: string) => timeline.locator(".vis-item").filter({ has: page.getByText(title, { exact: true }) });
    // On a phone the timeline rises in a sheet over the map.
    const sheet = page.getByRole("button", { name: /List and timeline/ });
    const openSheet = async () => {
      if ((await sheet.isVisible()) && (await sheet.getAttribute("aria-expanded")) === "false") await sheet.click();
    };
    await openSheet();
    await expect(itemOf(LONG_SPANS[0]!.title)).toHaveCount(1);

    // More rows than the timeline's height: a scrollbar says so, and the keyboard reaches it.
    const scroller = timeline.getByRole("scrollbar", { name: "Rows of the timeline: scroll up for the longer spans" });
    await expect(scroller).toBeVisible();
    const box = await scroller.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(10);

    for (const { title, slug, onMap } of LONG_SPANS) {
      await openSheet();
      const item = itemOf(title);
      // The map's move to the last selection brings new data, which the timeline stacks again.
      await page.waitForLoadState("networkidle");
      await scrollRowsTo(page, scroller, rows, item);
      await item.click();
      await expect(item).toHaveClass(/vis-selected/);
      await expect(page).toHaveURL(new RegExp(`entry=${slug}`));
      // The map moves to it: its marker is selected.
      if (onMap) {
        await expect(page.getByRole("region", { name: "Map of entries" }).getByRole("button", { name: title, exact: true })).toHaveClass(
          /is-selected/,
        );
      }
    }
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the rows' scrollbar speaks Russian on the Russian page and is clean for axe there", async ({ page }) => {
  await page.goto(`/ru?${WHOLE_COLLECTION}`);
  const timeline = page.getByRole("region", { name: "Лента времени" });
  await expect(
    timeline.getByRole("scrollbar", { name: "Строки ленты времени: прокрутите вверх, чтобы увидеть длительные периоды" }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
