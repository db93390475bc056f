import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.describe("the list of tours", () => {
  test("a visitor finds the tours from any page's header, opens one, and can go straight to presenting it", async ({ page }) => {
    await page.goto("/en/entries/rzhev-memorial");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tours" }).click();
    await expect(page).toHaveURL(/\/en\/tours$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tours" })).toBeVisible();
    const list = page.getByRole("list", { name: "Published tours" });
    await expect(list.getByRole("link", { name: "Present “From the battles of Rzhev to the great memorials”" })).toHaveAttribute(
      "href",
      "/en/tours/from-rzhev-to-the-great-memorials/present",
    );
    await list.getByRole("link", { name: "From the battles of Rzhev to the great memorials", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "From the battles of Rzhev to the great memorials" })).toBeVisible();
  });

  test("in Russian, with the tours' Russian titles", async ({ page }) => {
    await page.goto("/ru");
    await page.getByRole("navigation", { name: "Основное меню" }).getByRole("link", { name: "Экскурсии" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Экскурсии" })).toBeVisible();
    await expect(
      page
        .getByRole("list", { name: "Опубликованные экскурсии" })
        .getByRole("link", { name: "От Ржевской битвы к великим мемориалам", exact: true }),
    ).toBeVisible();
  });

  test("search engines are told of it in both languages", async ({ request }) => {
    const home = await (await request.get("/sitemaps/home.xml")).text();
    expect(home).toMatch(/<loc>[^<]*\/en\/tours<\/loc>/);
    expect(home).toMatch(/<loc>[^<]*\/ru\/tours<\/loc>/);
  });

  test("a page past the end is not found, not an empty list", async ({ request }) => {
    expect((await request.get("/en/tours?page=999")).status()).toBe(404);
    expect((await request.get("/en/tours?page=1")).status()).toBe(200);
  });

  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 375, height: 667 },
    { width: 320, height: 568 },
  ]) {
    test(`axe finds nothing and nothing overflows at ${viewport.width}×${viewport.height}, in both languages`, async ({ page }) => {
      await page.setViewportSize(viewport);
      for (const path of ["/en/tours", "/ru/tours"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousViolations(page), path).toEqual([]);
        expect(await overflow(page), path).toBeLessThanOrEqual(0);
      }
    });
  }
});
