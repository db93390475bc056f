import { devices } from "@playwright/test";
import { expect, test } from "./fixtures";
import { WHOLE_COLLECTION } from "./whole-collection";

// A 375×667 phone with touch (the iPhone 8 profile), in the project's Chromium.
const { viewport, deviceScaleFactor, isMobile, hasTouch, userAgent } = devices["iPhone 8"];
test.use({ viewport, deviceScaleFactor, isMobile, hasTouch, userAgent });

test("on a phone the map comes first and the list and timeline rise in a sheet", async ({ page }) => {
  await page.goto(`/en/?${WHOLE_COLLECTION}`);
  const map = page.getByRole("region", { name: "Map of entries" });
  await expect(map).toBeVisible();
  await expect(map.getByRole("button", { name: "Piskaryovskoye Memorial Cemetery", exact: true })).toBeVisible();
  const mapBox = (await map.boundingBox())!;
  expect(mapBox.width).toBeGreaterThanOrEqual(370);
  expect(mapBox.height).toBeGreaterThan(300);

  const handle = page.getByRole("button", { name: /List and timeline/ });
  await expect(handle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("region", { name: /Entries in view/ })).toBeHidden();
  await handle.tap();
  await expect(handle).toHaveAttribute("aria-expanded", "true");
  const list = page.getByRole("region", { name: /Entries in view/ });
  await expect(list).toBeVisible();
  await list.getByRole("button", { name: /^Khatyn memorial complex/ }).tap();
  await expect(page.getByRole("heading", { level: 2, name: "Khatyn memorial complex" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline of entries" })).toBeVisible();

  await page.getByRole("button", { name: "Filters" }).tap();
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeVisible();

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("entry and compare pages fit a phone screen", async ({ page }) => {
  for (const path of [
    "/en/entries/rzhev-memorial",
    "/ru/articles/rzhev-memorial-central-figure-installation-begins",
    "/en/search?q=Rzhev",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
});
