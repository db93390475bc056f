import { expect, test } from "./fixtures";
import { CURATOR, staffPage } from "./staff";

test("the Russian interface shows Russian text and Russian dates", async ({ page }) => {
  await page.goto("/ru/entries/mamayev-kurgan");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1, name: "«Героям Сталинградской битвы», Мамаев курган" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "15 октября 1967 г." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Источники" })).toBeVisible();
});

test("the reference collection reads in Russian throughout", async ({ page }) => {
  await page.goto("/ru/entries/csto-security-council-secretaries-almaty-2024");
  await expect(page.getByRole("heading", { level: 1, name: "Заседание Комитета секретарей советов безопасности ОДКБ" })).toBeVisible();
  await expect(page.getByText(/Армения, член организации, в феврале 2024 года заморозила своё участие в ОДКБ/)).toBeVisible();
  await expect(page.locator(".fallback-note")).toHaveCount(0);
  await page.goto("/ru/entries/operation-mars");
  await expect(page.getByRole("heading", { level: 1, name: "Операция «Марс»" })).toBeVisible();
  await page.goto("/ru/articles/rzhev-memorial-central-figure-installation-begins");
  await expect(
    page.getByRole("heading", { level: 1, name: "Начался последний этап монтажа бронзового солдата Ржевского мемориала" }),
  ).toBeVisible();
  await expect(page.locator(".article-body")).toHaveAttribute("lang", "ru");
});

test("a missing translation falls back to English and says so", async ({ browser, page }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = `english-only-${Date.now().toString(36)}`;
  const created = await curator.request.post("/api/v1/admin/articles", {
    data: { slug, translations: { en: { title: "An English-only note", body: "Written in English only." } } },
  });
  expect(created.status()).toBe(201);
  const published = await curator.request.post(`/api/v1/admin/articles/${slug}/status`, { data: { expectedVersion: 1, to: "published" } });
  expect(published.status()).toBe(200);
  await page.goto(`/ru/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "An English-only note" })).toBeVisible();
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
