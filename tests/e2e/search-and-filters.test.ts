import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

const MAP = { name: "Map of entries" };
const MAMAYEV = '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan';
const STALINGRAD = "Battle of Stalingrad";

test("search finds Mamayev Kurgan however it is spelled, with highlighted passages", async ({ page }) => {
  for (const query of ["Мамаев", "mamaev", "Mamayev Kurgan"]) {
    await page.goto(`/en/search?q=${encodeURIComponent(query)}`);
    const entries = page.getByRole("region", { name: /Entries/ });
    await expect(entries.getByRole("link", { name: MAMAYEV })).toBeVisible();
    await expect(entries.locator("mark").first()).toBeVisible();
  }
  await page.getByRole("searchbox", { name: "Search entries and articles" }).fill("Ovsienko");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("region", { name: /Articles/ }).getByRole("link", { name: /Rzhev Memorial's bronze soldier/ })).toBeVisible();
  await page.goto("/en/search?q=qqqzzz");
  await expect(page.getByRole("status")).toContainText("Nothing matches");
});

test("a search narrows the map, the timeline and the list together", async ({ page }) => {
  await page.goto(`/en/?${WHOLE_COLLECTION}`);
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Piskaryovskoye Memorial Cemetery", exact: true })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search" }).fill("Мамаев");
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Piskaryovskoye Memorial Cemetery", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", MAP).getByRole("button", { name: MAMAYEV, exact: true })).toBeVisible();
  // The Battle of Stalingrad is shown at Mamayev Kurgan, and its Russian text says so.
  await expect(page.getByRole("region", MAP).getByRole("button", { name: STALINGRAD, exact: true })).toBeVisible();
  const timelineItems = page.getByRole("region", { name: "Timeline of entries" }).locator(".vis-item-content");
  await expect(timelineItems).toHaveCount(2);
  await expect(timelineItems.filter({ hasText: MAMAYEV })).toHaveCount(1);
  await expect(timelineItems.filter({ hasText: /^Battle of Stalingrad$/ })).toHaveCount(1);
  const list = page.getByRole("region", { name: /Entries in view/ });
  await expect(list.getByRole("button")).toHaveCount(2);
  await expect(page).toHaveURL(/q=%D0%9C%D0%B0%D0%BC%D0%B0%D0%B5%D0%B2/);
});

test("kind, country, date and comparable filters narrow all three views", async ({ page }) => {
  await page.goto(`/en/?${WHOLE_COLLECTION}`);
  const list = page.getByRole("region", { name: /Entries in view/ });
  await expect(list.getByRole("button", { name: /^Battles of Rzhev/ })).toBeVisible();

  await page.getByRole("checkbox", { name: "Memorial", exact: true }).check();
  await expect(list.getByRole("button", { name: /^Battles of Rzhev/ })).toHaveCount(0);
  await expect(page.locator(".vis-item", { hasText: "Battles of Rzhev" })).toHaveCount(0);

  await page.getByRole("combobox", { name: "Country" }).selectOption("BY");
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Khatyn memorial complex", exact: true })).toBeVisible();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: MAMAYEV, exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/countries=BY/);

  await page.getByRole("combobox", { name: "Country" }).selectOption("");
  await page.getByRole("textbox", { name: "From year" }).fill("1990");
  await page.getByRole("textbox", { name: "To year" }).fill("1999");
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Victory Park on Poklonnaya Hill", exact: true })).toBeVisible();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: MAMAYEV, exact: true })).toHaveCount(0);
  await expect(page.locator(".vis-item.date-filter")).toHaveCount(1);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("combobox", { name: "Theme" }).selectOption({ label: "Battles of Rzhev" });
  await expect(page.getByRole("region", { name: "Timeline of entries" }).getByText("Operation Mars")).toBeVisible();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: MAMAYEV, exact: true })).toHaveCount(0);
  await expect(page).toHaveURL(/tags=battles-of-rzhev/);

  await page.getByRole("button", { name: "Clear filters" }).click();
  await page.getByRole("checkbox", { name: "Only with comparable monuments" }).check();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Khatyn memorial complex", exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", MAP).getByRole("button", { name: MAMAYEV, exact: true })).toBeVisible();

  // The filtered view survives a reload.
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Only with comparable monuments" })).toBeChecked();
  await expect(page.getByRole("region", MAP).getByRole("button", { name: "Khatyn memorial complex", exact: true })).toHaveCount(0);
});
