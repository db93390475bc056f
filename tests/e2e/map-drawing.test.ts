import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures";

const MAP = { name: "Map of entries" };
const KHATYN = "Khatyn memorial complex";
const MAMAYEV = '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan';

interface Answer {
  mode: string;
  entries: { title: string; latitude: number | null; longitude: number | null }[];
  clusters?: unknown[];
  total: number;
}

/** Serves the map's viewport answers through `change`, which edits the real answer for that URL. */
async function editMapAnswers(page: Page, change: (answer: Answer, url: URL) => Answer) {
  await page.route(
    (url) => url.pathname === "/api/v1/viewport" && url.searchParams.get("require") === "coordinates",
    async (route: Route) => {
      const response = await route.fetch({ headers: { ...route.request().headers(), "if-none-match": "" } });
      const answer = (await response.json()) as Answer;
      await route.fulfill({ json: change(answer, new URL(route.request().url())) });
    },
  );
}

/** Drags the map by (dx, dy) pixels with the mouse, holding still before the release so that no inertia follows. */
async function dragMap(page: Page, dx: number, dy: number) {
  const box = (await page.getByRole("region", MAP).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.waitForTimeout(150);
  await page.mouse.up();
}

test("markers outside the visible map are not drawn until a pan brings them into view", async ({ page }) => {
  // The answer covers more than the view (for panning): move Khatyn there, far east of the opening view.
  await editMapAnswers(page, (answer) => ({
    ...answer,
    entries: answer.entries.map((e) => (e.title === KHATYN ? { ...e, latitude: 54, longitude: e.longitude! + 75 } : e)),
  }));
  await page.goto("/en/");
  const map = page.getByRole("region", MAP);
  await expect(map.getByRole("button", { name: MAMAYEV, exact: true })).toBeVisible();
  await expect(map.getByRole("button", { name: KHATYN, exact: true })).toHaveCount(0);
  const drawn = await page.locator(".entry-marker").count();

  await dragMap(page, -500, 0);
  await expect(map.getByRole("button", { name: KHATYN, exact: true })).toBeVisible();
  // Every marker in the DOM is on screen (or within the small margin around it).
  const mapBox = (await map.boundingBox())!;
  for (const box of await page
    .locator(".entry-marker")
    .evaluateAll((markers) => markers.map((m) => m.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.right).toBeGreaterThan(mapBox.x - 40);
    expect(box.left).toBeLessThan(mapBox.x + mapBox.width + 40);
  }
  expect(drawn).toBeGreaterThan(0);
  // The pan asks for its own answer, which this test need not wait for: left in flight, its edited
  // route failed the next test in the same worker ("route.fetch: Test ended").
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("a cluster zooms in when chosen from the keyboard, and the markers then drawn are the new view's", async ({ page }) => {
  // Below zoom 6 the map's answers are one cluster over Volgograd; from 6 on, the real entries.
  await editMapAnswers(page, (answer, url) =>
    Number(url.searchParams.get("zoom")) < 6
      ? {
          mode: "clusters",
          total: 500,
          entries: [],
          clusters: [{ id: "c-volgograd", latitude: 48.742, longitude: 44.537, count: 500, bounds: null, expansionZoom: 7 }],
        }
      : answer,
  );
  await page.goto("/en/");
  const map = page.getByRole("region", MAP);
  const cluster = map.getByRole("button", { name: "500 entries here: zoom in" });
  await expect(cluster).toBeVisible();
  // Its count sits in the middle of its circle.
  const [circle, count] = await Promise.all([cluster.boundingBox(), cluster.getByText("500", { exact: true }).boundingBox()]);
  expect(Math.abs(count!.x + count!.width / 2 - (circle!.x + circle!.width / 2))).toBeLessThan(2);
  expect(Math.abs(count!.y + count!.height / 2 - (circle!.y + circle!.height / 2))).toBeLessThan(2);
  await expect(map.getByRole("button", { name: MAMAYEV, exact: true })).toHaveCount(0);

  await cluster.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/z=7/);
  await expect(map.getByRole("button", { name: MAMAYEV, exact: true })).toBeVisible();
  await expect(cluster).toHaveCount(0);
  // The cluster that had focus is gone: focus is on the map, not lost to the page.
  await expect(map).toBeFocused();
  // Khatyn (in Belarus) is in the answer's wider box at most, not on screen at zoom 7 over Volgograd.
  await expect(map.getByRole("button", { name: KHATYN, exact: true })).toHaveCount(0);
});

test("a marker is a labelled 24 px button that selects its entry with Enter or Space", async ({ page }) => {
  // Selecting flies the map to the entry, so each key starts from the opening view.
  for (const [title, key] of [
    [MAMAYEV, "Enter"],
    [KHATYN, " "],
  ] as const) {
    await page.goto("/en/");
    const marker = page.getByRole("region", MAP).getByRole("button", { name: title, exact: true });
    await expect(marker).toBeVisible();
    const box = (await marker.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await marker.focus();
    await page.keyboard.press(key);
    await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
    await expect(marker).toHaveClass(/is-selected/);
    await expect(
      page.getByRole("region", { name: /Entries in view/ }).getByRole("button", { name: new RegExp(`^${title}`), pressed: true }),
    ).toBeVisible();
  }
});

test("a zoom's transition events stay inside the map, and the zoom still ends and redraws", async ({ page }) => {
  await page.goto("/en/");
  const map = page.getByRole("region", MAP);
  await expect(map.getByRole("button", { name: MAMAYEV, exact: true })).toBeVisible();
  // The document is where React listens: count what reaches it from inside the map, but for the
  // animation proxy's own events (Leaflet ends a zoom on them).
  await page.evaluate(() => {
    const counter = window as unknown as { transitionEventsSeen: number };
    counter.transitionEventsSeen = 0;
    const container = document.querySelector(".leaflet-container")!;
    const count = (event: Event) => {
      const target = event.target;
      if (target instanceof Element && container.contains(target) && !target.classList.contains("leaflet-proxy"))
        counter.transitionEventsSeen++;
    };
    for (const type of ["transitionrun", "transitionstart", "transitioncancel", "transitionend"])
      document.addEventListener(type, count, { capture: true });
  });
  const zoomBefore = Number(new URL(page.url()).searchParams.get("z") ?? "4");
  await map.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`z=${zoomBefore + 1}`));
  // Leaflet ends a zoom on its animation proxy's transitionend: the zoom classes are gone once it has.
  await expect(page.locator(".leaflet-zoom-anim")).toHaveCount(0);
  await expect(page.locator(".entry-marker, .cluster-marker").first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { transitionEventsSeen: number }).transitionEventsSeen)).toBe(0);
});

test("with reduced motion the map does not fade its tiles in, before or after a zoom", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/en/");
  const map = page.getByRole("region", MAP);
  await expect(map.getByRole("button", { name: MAMAYEV, exact: true })).toBeVisible();
  await expect(page.locator(".leaflet-fade-anim")).toHaveCount(0);
  await map.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect(page).toHaveURL(/z=5/);
  await expect(page.locator(".leaflet-fade-anim")).toHaveCount(0);
});

test("a view whose entries are all in clusters says they are grouped, not that there are none", async ({ page }) => {
  await editMapAnswers(page, () => ({
    mode: "clusters",
    total: 500,
    entries: [],
    clusters: [{ id: "c-volgograd", latitude: 48.742, longitude: 44.537, count: 500, bounds: null, expansionZoom: 7 }],
  }));
  // Nor does the timeline list anything one by one (it would add its entries without a place).
  await page.route(
    (url) => url.pathname === "/api/v1/viewport" && url.searchParams.get("require") === "dates",
    (route) => route.fulfill({ json: { mode: "buckets", buckets: [], total: 0 } }),
  );
  await page.goto("/en/");
  const list = page.getByRole("region", { name: /Entries in view/ });
  await expect(list.getByText("500 more entries are grouped on the map.", { exact: false })).toBeVisible();
  await expect(list.getByRole("button")).toHaveCount(0);
  await expect(list.getByText("No entries in this part of the map and time", { exact: false })).toHaveCount(0);
});

test("choosing another entry restyles the markers drawn in place, and the lines follow the new selection", async ({ page }) => {
  const RZHEV = "Rzhev Memorial to the Soviet Soldier";
  const BATTLES = "Battles of Rzhev";
  const locatedRelations = async (slug: string) =>
    (
      (await (await page.request.get(`/api/v1/entries/${slug}`)).json()) as { relations: { entry: { latitude: number | null } }[] }
    ).relations.filter((r) => r.entry.latitude !== null).length;
  // Both entries are at Rzhev, in this view and close enough: choosing either moves nothing.
  await page.goto("/en/?lat=56.25&lng=34.32&z=7");
  const map = page.getByRole("region", MAP);
  const choose = async (title: string) => {
    const marker = map.getByRole("button", { name: title, exact: true });
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect(marker).toHaveClass(/is-selected/);
  };
  const lines = page.locator("path.relation-line");
  await choose(RZHEV);
  const before = await locatedRelations("rzhev-memorial");
  await expect(lines).toHaveCount(before);
  await page.evaluate(() => {
    for (const drawn of document.querySelectorAll(".entry-marker")) drawn.setAttribute("data-drawn-before", "");
  });

  await choose(BATTLES);
  const after = await locatedRelations("battles-of-rzhev");
  await expect(lines).toHaveCount(after);
  const rzhev = map.getByRole("button", { name: RZHEV, exact: true });
  await expect(rzhev).not.toHaveClass(/is-selected/);
  // The same elements, changed: each marker keeps its button.
  await expect(rzhev).toHaveAttribute("data-drawn-before", "");
  await expect(map.getByRole("button", { name: BATTLES, exact: true })).toHaveAttribute("data-drawn-before", "");
});
