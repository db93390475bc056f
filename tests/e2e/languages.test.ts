import { expect, test } from "./fixtures";

test("the Russian interface shows Russian text and Russian dates", async ({ page }) => {
  await page.goto("/ru/entries/mamayev-kurgan");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "«Героям Сталинградской битвы», Мамаев курган" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "15 октября 1967 г." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Источники" })).toBeVisible();
});

test("a missing translation falls back to English and says so", async ({ page }) => {
  await page.goto("/ru/entries/csto-security-council-secretaries-almaty-2024");
  // The Russian text has a title but no description: the page keeps the Russian title.
  await expect(page.getByRole("heading", { level: 1, name: "Заседание Комитета секретарей советов безопасности ОДКБ" })).toBeVisible();
  await page.goto("/ru/entries/operation-mars");
  await expect(page.getByRole("heading", { level: 1, name: "Операция «Марс»" })).toBeVisible();
  await page.goto("/ru/articles/csto-secretaries-meet-in-almaty-2024");
  await expect(page.locator(".article-body")).toHaveAttribute("lang", "en");
});

test("the language switcher keeps the page and the selected entry", async ({ page }) => {
  await page.goto("/en/?entry=rzhev-memorial");
  await expect(page.getByRole("heading", { level: 2, name: "Rzhev Memorial to the Soviet Soldier" })).toBeVisible();
  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/?\?entry=rzhev-memorial/);
  await expect(page.getByRole("heading", { level: 2, name: "Ржевский мемориал Советскому солдату" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Карта записей" })).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ru\/?(\?|$)/);
});
