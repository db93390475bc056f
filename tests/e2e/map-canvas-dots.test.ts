import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

const MAP = { name: "Map of entries" };
const KHATYN = "Khatyn memorial complex";
/** The map's opening view is centred here (at zoom 4), so its dot is at the middle of the map. */
const CENTRE = { latitude: 54, longitude: 40 };
/** The most entries on screen drawn as DOM markers (components/map/marker-budget.ts). */
const DOM_MARKER_BUDGET = 150;
const KINDS = ["event", "memorial", "place", "person", "organisation"] as const;

/** 400 entries on a grid around the opening view's centre, about 11 by 8 px apart at zoom 4, none on the centre itself. */
function denseEntries() {
  return Array.from({ length: 400 }, (_, i) => ({
    id: `dense-${i}`,
    slug: `dense-${i}`,
    kind: KINDS[i % KINDS.length],
    title: `Dense entry ${i}`,
    titleLocale: "en",
    latitude: 50.2 + Math.floor(i / 20) * 0.4,
    longitude: 30.5 + (i % 20),
    locationPrecision: "exact",
    startTime: null,
    endTime: null,
    dateLabel: null,
    isRange: false,
  }));
}

/** The map's answers: the real entries, Khatyn moved to the centre, plus the dense grid. */
async function denseMapAnswers(page: Page) {
  await page.route(
    (url) => url.pathname === "/api/v1/viewport" && url.searchParams.get("require") === "coordinates",
    async (route: Route) => {
      const response = await route.fetch({ headers: { ...route.request().headers(), "if-none-match": "" } });
      const answer = (await response.json()) as { entries: { title: string }[]; total: number };
      const real = answer.entries.map((e) => (e.title === KHATYN ? { ...e, ...CENTRE } : e));
      await route.fulfill({
        json: { ...answer, mode: "entries", truncated: false, entries: [...real, ...denseEntries()], total: real.length + 400 },
      });
    },
  );
}

const paintedPixels = (page: Page) =>
  page.locator("canvas.entry-dots").evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

test("a dense view draws its entries as dots on a canvas, and clicking a dot selects its entry", async ({ page }) => {
  await denseMapAnswers(page);
  await page.goto(`/en/?${WHOLE_COLLECTION}`);
  const map = page.getByRole("region", MAP);
  const canvas = page.locator("canvas.entry-dots");
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(400 * 30);
  await expect(canvas).toHaveAttribute("aria-hidden", "true");
  expect(await page.locator(".entry-marker").count()).toBeLessThanOrEqual(DOM_MARKER_BUDGET);
  // Khatyn is one of the dots: no marker button of its own.
  await expect(map.getByRole("button", { name: KHATYN, exact: true })).toHaveCount(0);

  const box = (await map.boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await expect(page.locator(".entry-dot-tooltip")).toHaveText(KHATYN);
  await expect(map).toHaveCSS("cursor", "pointer");

  await page.mouse.click(centre.x, centre.y);
  await expect(page.getByRole("heading", { level: 2, name: KHATYN })).toBeVisible();
  // Selected, it is a marker again, with its popup, and still the only markers besides its related entries.
  await expect(map.getByRole("button", { name: KHATYN, exact: true })).toHaveClass(/is-selected/);
  expect(await page.locator(".entry-marker").count()).toBeLessThanOrEqual(DOM_MARKER_BUDGET);
  // The fly to the selection asks for more answers; the test need not wait for them.
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("a click on the map away from every dot selects nothing", async ({ page }) => {
  await denseMapAnswers(page);
  await page.goto(`/en/?${WHOLE_COLLECTION}`);
  const map = page.getByRole("region", MAP);
  await expect.poll(() => paintedPixels(page), { timeout: 20_000 }).toBeGreaterThan(400 * 30);
  const box = (await map.boundingBox())!;
  // Far south-west of the grid (the Mediterranean), clear of the zoom buttons and the attribution.
  await page.mouse.click(box.x + 80, box.y + box.height - 60);
  await expect(map).not.toHaveCSS("cursor", "pointer");
  // Nothing happens to wait for: give a wrong hit the time a right one takes to show.
  await page.waitForTimeout(500);
  await expect(page).not.toHaveURL(/entry=/);
  await expect(page.getByRole("heading", { level: 2, name: KHATYN })).toHaveCount(0);
  await page.unrouteAll({ behavior: "ignoreErrors" });
});
