import type { Page, Request, Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { dragTimelineAxis, timelineRegion } from "./timeline-drag";

const YEAR = 365.25 * 24 * 60 * 60 * 1000;
const PISKARYOVSKOYE = "Piskaryovskoye Memorial Cemetery";
const listButton = (page: Page, title: string) =>
  page.getByRole("region", { name: /Entries in view/ }).getByRole("button", { name: new RegExp(`^${title}`) });
/** The selected entry's label on the timeline (a point item also draws its dot as a selected .vis-item). */
const selectedOnTimeline = (page: Page) => timelineRegion(page).locator(".vis-item.vis-selected .vis-item-content");
/** The timeline's chunk loads after the page: on a busy machine that takes a while. */
const LOADED = { timeout: 20_000 };
const isTimelineRequest = (request: Request) => request.url().includes("/api/v1/viewport") && request.url().includes("require=dates");

/** The timeline window the address holds, in years since 1970. */
async function addressWindow(page: Page): Promise<{ from: number; to: number }> {
  const url = new URL(page.url());
  const year = (name: string) => Date.parse(`${url.searchParams.get(name)}T00:00:00Z`) / YEAR;
  return { from: year("from"), to: year("to") };
}

/** Answers the timeline's requests with counts per decade instead of entries, as a dense collection would. */
async function answerWithCounts(route: Route): Promise<void> {
  const response = await route.fetch();
  const body = (await response.json()) as { mode: string; total: number; entries?: { startTime: number | null }[] };
  const url = new URL(route.request().url());
  const from = Date.parse(`${url.searchParams.get("from")}T00:00:00Z`);
  const to = Date.parse(`${url.searchParams.get("to")}T00:00:00Z`);
  const width = (to - from) / 10;
  const buckets = Array.from({ length: 10 }, (_, i) => ({
    id: `bucket:test:${from}:${i}`,
    start: from + i * width,
    end: from + (i + 1) * width,
    count: 400 + i,
  }));
  await route.fulfill({ response, json: { mode: "buckets", total: Math.max(body.total, 4000), buckets } });
}

test("a listed entry chosen while the timeline shows counts is drawn selected among them", async ({ page }) => {
  await page.route((url) => url.pathname === "/api/v1/viewport" && url.searchParams.get("require") === "dates", answerWithCounts);
  await page.goto("/en/?from=1930-01-01&to=2030-01-01");
  await expect(timelineRegion(page).locator(".vis-item.time-bucket").first()).toBeVisible(LOADED);
  await expect(timelineRegion(page).locator(".vis-item:not(.time-bucket):not(.vis-background)")).toHaveCount(0);

  await listButton(page, PISKARYOVSKOYE).click();
  const selected = selectedOnTimeline(page);
  await expect(selected).toHaveText(PISKARYOVSKOYE);
  await expect(selected).toBeInViewport();
  await expect(timelineRegion(page).locator(".vis-item.time-bucket").first()).toBeVisible();
});

test("a listed entry outside the timeline window is brought into view without zooming in to it", async ({ page }) => {
  await page.goto("/en/?from=1900-01-01&to=1910-01-01");
  await expect(timelineRegion(page).locator(".vis-timeline")).toBeVisible(LOADED);
  await listButton(page, PISKARYOVSKOYE).click();
  const selected = selectedOnTimeline(page);
  await expect(selected).toHaveText(PISKARYOVSKOYE);
  await expect(selected).toBeInViewport();
  // The address follows the window: still ten years wide, now around 1960.
  await expect.poll(async () => (await addressWindow(page)).from).toBeGreaterThan(1950 - 1970);
  const { from, to } = await addressWindow(page);
  expect(to - from).toBeGreaterThan(9.5);
  expect(to - from).toBeLessThan(10.5);
  expect(from).toBeLessThan(1960 - 1970);
  expect(to).toBeGreaterThan(1960 - 1970);
});

test("new data leaves the items that stay untouched: same DOM node, not redrawn", async ({ page }) => {
  await page.goto("/en/?from=1930-01-01&to=2030-01-01");
  await expect(timelineRegion(page).getByText(PISKARYOVSKOYE, { exact: true })).toBeVisible(LOADED);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>(".vis-itemset .vis-item:not(.vis-background)")];
    const touched = new Set<Node>();
    new MutationObserver((records) => {
      for (const record of records) touched.add(record.target);
    }).observe(document.querySelector(".vis-itemset")!, {
      subtree: true,
      attributes: true,
      attributeFilter: ["class"],
      characterData: true,
      childList: true,
    });
    Object.assign(window, { timelineItemsBefore: items, timelineItemsTouched: touched });
  });

  const answered = page.waitForResponse((r) => isTimelineRequest(r.request()));
  await page.getByRole("button", { name: "Later →" }).click();
  await answered;
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);

  const result = await page.evaluate(() => {
    const { timelineItemsBefore: before, timelineItemsTouched: touched } = window as unknown as {
      timelineItemsBefore: HTMLElement[];
      timelineItemsTouched: Set<Node>;
    };
    const kept = before.filter((node) => node.isConnected);
    const title = (node: HTMLElement) => node.textContent ?? "";
    return {
      kept: kept.map(title),
      redrawn: kept.filter((node) => touched.has(node) || [...node.querySelectorAll("*")].some((child) => touched.has(child))).map(title),
      drawnAgain: [...document.querySelectorAll<HTMLElement>(".vis-itemset .vis-item:not(.vis-background)")]
        .filter((node) => !before.includes(node) && before.some((old) => title(old) === title(node)))
        .map(title),
    };
  });
  // 1980–2080 after the move: the entries from 1980 on stay where they were drawn.
  expect(result.kept).toContain("Rzhev Memorial to the Soviet Soldier");
  expect(result.redrawn).toEqual([]);
  expect(result.drawnAgain).toEqual([]);
});

test("a drag asks for the data ahead of it while it goes, and for where it ends", async ({ page }) => {
  await page.goto("/en/?from=1930-01-01&to=2030-01-01");
  await expect(timelineRegion(page).getByText(PISKARYOVSKOYE, { exact: true })).toBeVisible(LOADED);
  await page.waitForLoadState("networkidle");
  const asked: string[] = [];
  page.on("request", (request) => {
    if (isTimelineRequest(request)) asked.push(request.url());
  });

  // 40% of the window to the right, in small steps over about a second.
  await dragTimelineAxis(page, { from: 0.8, distance: 0.4, stepMs: 50 });
  const whileDragging = asked.length;
  await page.mouse.up();

  // Once, as the drag passed a quarter of the window (the data reaches a window's width past each edge).
  expect(whileDragging).toBe(1);
  await expect.poll(() => asked.length).toBe(2);
  await expect.poll(async () => (await addressWindow(page)).from).toBeGreaterThan(1965 - 1970);
  const { from, to } = await addressWindow(page);
  expect(to - from).toBeGreaterThan(99);
  expect(to - from).toBeLessThan(101);
});
