import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

/** Rzhev as GeoNames places it (the label tiles' point). */
const RZHEV = { latitude: 56.26241, longitude: 34.32817 };
/** West of Sevastopol: about 2 km inland on the 1:10m coastline, and as far out to sea on the 1:50m one. */
const FINE_LAND = { latitude: 44.57, longitude: 33.42 };

const mapOf = (page: Page, locale: "en" | "ru" = "en") =>
  page.getByRole("region", { name: locale === "en" ? "Map of entries" : "Карта записей" });

/** Every basemap and place-name request the page makes, by path. */
function basemapRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/basemap/")) paths.push(pathname);
  });
  return paths;
}

/** The offline basemap's opacity at a point of the page: 0 where it draws sea (no land), 255 on land. */
function basemapAlphaAt(page: Page, x: number, y: number): Promise<number | null> {
  return page.evaluate(
    ([px, py]) => {
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(".leaflet-basemap-pane canvas")) {
        const box = canvas.getBoundingClientRect();
        if (px! < box.left || px! >= box.right || py! < box.top || py! >= box.bottom || !canvas.width) continue;
        const ratio = canvas.width / box.width;
        const pixel = canvas
          .getContext("2d")!
          .getImageData(Math.floor((px! - box.left) * ratio), Math.floor((py! - box.top) * ratio), 1, 1);
        return pixel.data[3]!;
      }
      return null;
    },
    [x, y],
  );
}

test("at zoom 7 around Rzhev the map names the town in the page's language and credits GeoNames", async ({ page }) => {
  await page.goto(`/en/?lat=${RZHEV.latitude}&lng=${RZHEV.longitude}&z=7`);
  const map = mapOf(page);
  // The server reads the gazetteer on the first label tile it is asked for: a few seconds on a busy machine.
  await expect(map.getByText("Rzhev", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(map.getByText("Tver", { exact: true })).toBeVisible();
  await expect(map.locator(".leaflet-control-attribution")).toContainText("Natural Earth");
  await expect(map.locator(".leaflet-control-attribution")).toContainText("GeoNames (CC BY 4.0)");

  await page.goto(`/ru/?lat=${RZHEV.latitude}&lng=${RZHEV.longitude}&z=7`);
  await expect(mapOf(page, "ru").getByText("Ржев", { exact: true })).toBeVisible();
  await expect(mapOf(page, "ru").getByText("Тверь", { exact: true })).toBeVisible();
  await expect(mapOf(page, "ru").getByText("Rzhev", { exact: true })).toHaveCount(0);
});

/** Drags the map a little, as a reader does: the overview's first move. */
async function nudge(page: Page, locale: "en" | "ru") {
  const box = (await mapOf(page, locale).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.up();
}

test("at zoom 4 the seas are named from the first move, in English and in Russian", async ({ page }) => {
  const requests = basemapRequests(page);
  await page.goto("/en/?lat=50&lng=30&z=4");
  await expect(mapOf(page).locator(".leaflet-marker-icon").first()).toBeVisible();
  // The overview opens without names: neither their code nor their tiles are part of the first load.
  expect(requests.filter((path) => path.startsWith("/basemap/places/"))).toEqual([]);
  await nudge(page, "en");
  await expect(mapOf(page).getByText("Black Sea", { exact: true })).toBeVisible();
  await expect(mapOf(page).getByText("Baltic Sea", { exact: true })).toBeVisible();
  // Smaller waters wait for a closer view (their minZoom).
  await expect(mapOf(page).getByText("Sea of Azov", { exact: true })).toHaveCount(0);
  await page.goto("/ru/?lat=50&lng=30&z=4");
  await nudge(page, "ru");
  await expect(mapOf(page, "ru").getByText("Чёрное море", { exact: true })).toBeVisible();
});

test("with the names drawn the explorer stays accessible: they are hidden from assistive technology, the entries list being the map's text", async ({
  page,
}) => {
  await page.goto("/en/?lat=58&lng=20&z=5");
  await expect(mapOf(page).getByText("Baltic Sea", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(mapOf(page).getByText("Riga", { exact: true })).toBeVisible();
  await expect(mapOf(page).locator(".place-labels")).toHaveAttribute("aria-hidden", "true");
  expect(await seriousViolations(page)).toEqual([]);
});

test("from zoom 6 the basemap draws the fine coastline tiles instead of the coarse outline", async ({ page }) => {
  const requests = basemapRequests(page);
  await page.goto(`/en/?lat=${FINE_LAND.latitude}&lng=${FINE_LAND.longitude}&z=9`);
  const box = (await mapOf(page).boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // The map opens centred on the point: land on the 1:10m coastline (the 1:50m one draws sea there).
  await expect.poll(() => basemapAlphaAt(page, centre.x, centre.y), { timeout: 10_000 }).toBe(255);
  expect(requests.filter((path) => path.startsWith("/basemap/coast/9/")).length).toBeGreaterThan(0);
  expect(requests).not.toContain("/basemap/countries-50m.json");

  // Below the threshold the coarse outline is drawn and no fine tile is asked for.
  const before = requests.length;
  await page.goto(`/en/?lat=${FINE_LAND.latitude}&lng=${FINE_LAND.longitude}&z=5`);
  await expect.poll(() => basemapAlphaAt(page, centre.x, centre.y), { timeout: 10_000 }).not.toBeNull();
  expect(requests.slice(before)).toContain("/basemap/countries-50m.json");
  expect(requests.slice(before).filter((path) => path.startsWith("/basemap/coast/"))).toEqual([]);
});

test("a place name never takes a click meant for an entry marker", async ({ page }) => {
  await page.goto(`/en/?lat=${RZHEV.latitude}&lng=${RZHEV.longitude}&z=7`);
  const map = mapOf(page);
  const memorial = map.getByRole("button", { name: "Rzhev Memorial to the Soviet Soldier", exact: true });
  await expect(memorial).toBeVisible();
  await expect(map.getByText("Rzhev", { exact: true })).toBeVisible({ timeout: 15_000 });
  const marker = (await memorial.boundingBox())!;
  const target = { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
  // A name with no free side is written under the markers (label-placement.ts): put the town's name
  // there, across the memorial's marker, as that pass would.
  await page.evaluate(
    ([x, y]) => {
      const name = [...document.querySelectorAll<HTMLElement>(".place-label > span")].find((span) => span.textContent === "Rzhev")!;
      const box = name.getBoundingClientRect();
      name.style.transform += ` translate(${x! - (box.left + box.width / 2)}px,${y! - (box.top + box.height / 2)}px)`;
    },
    [target.x, target.y],
  );
  const name = (await map.locator(".place-label > span", { hasText: /^Rzhev$/ }).boundingBox())!;
  expect(name.x < target.x && target.x < name.x + name.width && name.y < target.y && target.y < name.y + name.height).toBe(true);
  // No name, nor any town's dot, is what the pointer hits anywhere on the map.
  const hitLabels = await page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>(".place-label, .place-label > span")].filter((element) => {
        const { left, top, width, height } = element.getBoundingClientRect();
        return document.elementFromPoint(left + width / 2, top + height / 2)?.closest(".place-label") != null;
      }).length,
  );
  expect(hitLabels).toBe(0);
  await page.mouse.click(target.x, target.y);
  await expect(page.getByRole("heading", { level: 2, name: "Rzhev Memorial to the Soviet Soldier", exact: true })).toBeVisible();
});
