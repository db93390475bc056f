import { expect, test } from "./fixtures";

const MAP = { name: "Map of entries" };

test("a shared link restores the map, the timeline window, the filter and the selection", async ({ page, browser }) => {
  await page.goto("/en/?entry=piskaryovskoye-memorial-cemetery&lat=59.9969&lng=30.4214&z=9&from=1955-01-01&to=1965-01-01&filter=window");
  await expect(page.getByRole("heading", { level: 2, name: "Piskaryovskoye Memorial Cemetery" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /only what happened in the timeline window/ })).toBeChecked();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Piskaryovskoye Memorial Cemetery", exact: true })).toBeVisible();
  // The 1975 monument in the same city is outside the 1955–1965 window, so the filtered map leaves it out.
  await expect(
    page.getByRole("region", MAP).getByRole("button", { name: "Monument to the Heroic Defenders of Leningrad", exact: true }),
  ).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Timeline of entries" })).toContainText("1960");

  // The address keeps the view as the visitor changes it, and opens the same view elsewhere.
  await page.getByRole("checkbox", { name: /only what happened in the timeline window/ }).uncheck();
  await expect(
    page.getByRole("region", MAP).getByRole("button", { name: "Monument to the Heroic Defenders of Leningrad", exact: true }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(/filter=window/);
  await page.getByRole("checkbox", { name: /only what happened in the timeline window/ }).check();
  await expect(page).toHaveURL(/filter=window/);
  const shared = page.url();
  expect(shared).toMatch(/lat=59\.99\d+&lng=30\.42\d+&z=9/);

  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.getByRole("heading", { level: 2, name: "Piskaryovskoye Memorial Cemetery" })).toBeVisible();
  await expect(other.getByRole("checkbox", { name: /only what happened in the timeline window/ })).toBeChecked();
  await expect(
    other.getByRole("region", MAP).getByRole("button", { name: "Monument to the Heroic Defenders of Leningrad", exact: true }),
  ).toHaveCount(0);
  await other.close();
});

test("Back returns to the previously selected entry", async ({ page }) => {
  await page.goto("/en/?entry=rzhev-memorial");
  await expect(page.getByRole("heading", { level: 2, name: "Rzhev Memorial to the Soviet Soldier" })).toBeVisible();
  await page
    .getByRole("region", { name: "Rzhev Memorial to the Soviet Soldier" })
    .getByRole("button", { name: "Victory Park on Poklonnaya Hill" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Victory Park on Poklonnaya Hill" })).toBeVisible();
  await expect(page).toHaveURL(/entry=victory-park-poklonnaya-gora/);
  await page.goBack();
  await expect(page).toHaveURL(/entry=rzhev-memorial/);
  await expect(page.getByRole("heading", { level: 2, name: "Rzhev Memorial to the Soviet Soldier" })).toBeVisible();
});

test("choosing a linked entry from the keyboard keeps focus in the selection panel", async ({ page }) => {
  await page.goto("/en/?entry=rzhev-memorial");
  const panel = page.getByRole("region", { name: "Rzhev Memorial to the Soviet Soldier" });
  await panel.getByRole("button", { name: "Piskaryovskoye Memorial Cemetery" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Piskaryovskoye Memorial Cemetery" })).toBeFocused();
});
