import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";

const CASES = [
  { locale: "en", query: "Rzev", title: "Rzhev Memorial to the Soviet Soldier", region: /Entries/ },
  { locale: "ru", query: "Rzev", title: "Ржевский мемориал Советскому солдату", region: /Записи/ },
  { locale: "en", query: "Poklonaya", title: "Victory Park on Poklonnaya Hill", region: /Entries/ },
  { locale: "ru", query: "Poklonaya", title: "Парк Победы на Поклонной горе", region: /Записи/ },
] as const;

for (const { locale, query, title, region } of CASES) {
  test(`a typo still finds the entry, with the matched words highlighted: "${query}" (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent(query)}`);
    const entries = page.getByRole("region", { name: region });
    const result = entries.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
    await expect(result).toBeVisible();
    await expect(result.locator("mark").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the explorer's search forgives a typo too, and highlights what matched", async ({ page }) => {
  await page.goto("/en/?lat=48.7000&lng=44.5000&z=9&filter=all");
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("Rzev");
  const results = page.getByRole("region", { name: "Search results" });
  const match = results.getByRole("button", { name: /^Rzhev Memorial to the Soviet Soldier/ });
  await expect(match).toBeVisible({ timeout: 20_000 });
  await expect(match.locator("mark").first()).toHaveText(/^Rzhev/i);
});
