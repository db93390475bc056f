import type { Locator, Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

const MAP_NAME = { en: "Map of entries", ru: "Карта записей" } as const;
const mapOf = (page: Page, locale: keyof typeof MAP_NAME = "en") => page.getByRole("region", { name: MAP_NAME[locale] });

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

async function markerBoxes(map: Locator): Promise<Box[]> {
  return map.locator(".entry-marker").evaluateAll((markers) =>
    markers.map((m) => {
      const { x, y, width, height } = m.getBoundingClientRect();
      return { name: m.getAttribute("aria-label") ?? "", x, y, width, height };
    }),
  );
}

/** Every marker is a 24 px target that shares no pixel with another. */
async function expectSeparateTargets(map: Locator): Promise<Box[]> {
  const boxes = await markerBoxes(map);
  for (const box of boxes) expect([box.width, box.height], box.name).toEqual([24, 24]);
  for (const a of boxes) {
    for (const b of boxes) {
      if (a.name >= b.name) continue;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${a.name} overlaps ${b.name}`).toBe(false);
    }
  }
  return boxes;
}

test("entries at one place around Rzhev are separate 24 px targets at zoom 7, each led back to its point", async ({ page }) => {
  await page.goto(`/en/?lat=56.2&lng=34.3&z=7&${WHOLE_COLLECTION}`);
  const map = mapOf(page);
  // The town, the memorial 7 km away and the events at each.
  for (const name of [
    "Rzhev",
    "Rzhev Memorial to the Soviet Soldier",
    "Battles of Rzhev",
    "Opening of the Rzhev Memorial to the Soviet Soldier",
  ])
    await expect(map.getByRole("button", { name, exact: true })).toBeVisible();
  await expect.poll(async () => (await markerBoxes(map)).length).toBeGreaterThanOrEqual(7);
  await expectSeparateTargets(map);
  await expect(map.locator("path.leader-line")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  // Chosen from the keyboard, a fanned-out marker selects its own entry.
  const opening = map.getByRole("button", { name: "Opening of the Rzhev Memorial to the Soviet Soldier", exact: true });
  await opening.focus();
  await page.keyboard.press("Enter");
  await expect(opening).toHaveClass(/is-selected/);
  await expect(page).toHaveURL(/entry=rzhev-memorial-opening-2020/);
});

test("the Almaty entries at one point are each their own marker, around the city's point", async ({ page }) => {
  await page.goto(`/en/?lat=43.28&lng=76.9&z=6&${WHOLE_COLLECTION}`);
  const map = mapOf(page);
  for (const name of [
    "Almaty",
    "Meeting of the CSTO Committee of Secretaries of Security Councils",
    "CSTO defence ministers lay flowers at the Memorial of Glory",
  ])
    await expect(map.getByRole("button", { name, exact: true })).toBeInViewport();
  await expectSeparateTargets(map);
  expect(await seriousViolations(page)).toEqual([]);
});

for (const locale of ["en", "ru"] as const) {
  test(`the compare map frames every compared monument, opens no popup by itself, and keeps its markers apart (${locale})`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/compare?entries=rzhev-memorial`);
    const map = mapOf(page, locale);
    await expect(map.locator(".entry-marker").first()).toBeVisible();
    const compared = (await page.locator(".compare-table thead th").count()) - 1;
    const located =
      compared -
      (await page
        .locator(".compare-table td .muted")
        .filter({ hasText: /verified map point|проверенной точки/ })
        .count());
    await expect.poll(async () => (await markerBoxes(map)).length).toBe(located);
    // The page settles around the map (the table, the timeline): the frame must hold once it has.
    await expect(async () => {
      const frame = (await map.boundingBox())!;
      for (const box of await expectSeparateTargets(map)) {
        expect(box.x, box.name).toBeGreaterThanOrEqual(frame.x);
        expect(box.y, box.name).toBeGreaterThanOrEqual(frame.y);
        expect(box.x + box.width, box.name).toBeLessThanOrEqual(frame.x + frame.width);
        expect(box.y + box.height, box.name).toBeLessThanOrEqual(frame.y + frame.height);
      }
    }).toPass({ timeout: 5_000 });
    await expect(page.locator(".leaflet-popup")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
