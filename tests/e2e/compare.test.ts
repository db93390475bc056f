import { expect, test } from "./fixtures";

test("the Rzhev Memorial beside Mamayev Kurgan and Poklonnaya Gora, with dates and distances", async ({ page }) => {
  await page.goto("/en/entries/rzhev-memorial");
  await page.getByRole("link", { name: "Compare with similar monuments" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compare monuments" })).toBeVisible();
  const table = page.getByRole("table", { name: "Compared monuments" });
  const columns = table.getByRole("columnheader");
  await expect(columns.filter({ hasText: "Rzhev Memorial to the Soviet Soldier" })).toBeVisible();
  await expect(columns.filter({ hasText: "Mamayev Kurgan" })).toBeVisible();
  await expect(columns.filter({ hasText: "Victory Park on Poklonnaya Hill" })).toBeVisible();

  const opened = table.getByRole("row", { name: /^Opened/ });
  await expect(opened).toContainText("30 June 2020");
  await expect(opened).toContainText("15 October 1967");
  await expect(opened).toContainText("9 May 1995");
  // Great-circle distances from the Rzhev Memorial's own point to Volgograd and to Moscow.
  const distances = table.getByRole("row", { name: /^Distance from the first/ });
  await expect(distances).toContainText("1,082 km");
  await expect(distances).toContainText("209 km");
  await expect(table.getByRole("row", { name: /^Commemorates/ })).toContainText("Battles of Rzhev");
  await expect(table.getByRole("row", { name: /^Authors/ })).toContainText("Yevgeny Vuchetich");

  // The compared monuments are drawn on the map, with lines from the first.
  await expect(
    page.getByRole("region", { name: "Map of entries" }).getByRole("button", { name: "Victory Park on Poklonnaya Hill", exact: true }),
  ).toBeVisible();
  // A line from the first to every other compared monument with a map point (other tests may add comparables).
  const compared = (await columns.count()) - 1;
  const withoutPoint = await distances.getByText("no verified map point").count();
  expect(compared - 1 - withoutPoint).toBeGreaterThanOrEqual(5);
  await expect(page.locator("path.relation-line")).toHaveCount(compared - 1 - withoutPoint);
  await expect(page.getByRole("region", { name: "Timeline of entries" }).getByText("Rzhev Memorial to the Soviet Soldier")).toBeVisible();

  // Any monument can be added or removed.
  await page.getByRole("combobox", { name: "Add a monument" }).fill("Хатынь");
  await page.getByRole("option", { name: /^Khatyn memorial complex/ }).click();
  await page.getByRole("button", { name: "Add" }).click();
  await expect(columns.filter({ hasText: "Khatyn memorial complex" })).toBeVisible();
  // The default comparison leaves exactly one free place, so the eighth fills it.
  await expect(page.getByText("At most 8 monuments can be compared at once: remove one to add another.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Add a monument" })).toHaveCount(0);
  await page.getByRole("link", { name: "Remove Khatyn memorial complex" }).click();
  await expect(columns.filter({ hasText: "Khatyn memorial complex" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Add a monument" })).toBeVisible();
});
