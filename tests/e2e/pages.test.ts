import { expect, test } from "./fixtures";

async function jsonLd(page: import("@playwright/test").Page): Promise<Record<string, unknown>> {
  const text = await page.locator('script[type="application/ld+json"]').first().textContent();
  return JSON.parse(text ?? "{}") as Record<string, unknown>;
}

test("the Rzhev page lists its comparable monuments, its article and its sources", async ({ page }) => {
  await page.goto("/entries/rzhev-memorial");
  await expect(page.getByRole("heading", { level: 1, name: "Rzhev Memorial to the Soviet Soldier" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "30 June 2020" })).toBeVisible();
  const comparable = page.getByRole("region", { name: "Linked entries" });
  await expect(comparable.getByRole("heading", { name: "Comparable monuments" })).toBeVisible();
  await expect(comparable.getByRole("link", { name: '"To the Heroes of the Battle of Stalingrad", Mamayev Kurgan' })).toBeVisible();
  await expect(comparable.getByRole("link", { name: "Victory Park on Poklonnaya Hill" })).toBeVisible();
  await expect(comparable.getByRole("link", { name: "Piskaryovskoye Memorial Cemetery" })).toBeVisible();
  await expect(comparable.getByRole("link", { name: "Battles of Rzhev" })).toBeVisible();

  const article = page.getByRole("region", { name: "Articles" }).getByRole("link", { name: /bronze soldier enters its last stage/ });
  await expect(article).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Sources" }).locator('a[href="https://en.wikipedia.org/wiki/Rzhev_Memorial_to_the_Soviet_Soldier"]'),
  ).toHaveText("Rzhev Memorial to the Soviet Soldier");
  await expect(page.getByText(/About 7 km south-west of the town of Rzhev/)).toBeVisible();

  const data = await jsonLd(page);
  expect(data["@type"]).toBe("LandmarksOrHistoricalBuildings");
  expect(data.geo).toMatchObject({ "@type": "GeoCoordinates", latitude: 56.2186, longitude: 34.2628 });
  expect(data.event).toMatchObject({ "@type": "Event", startDate: "2020-06-30" });
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Rzhev Memorial to the Soviet Soldier");

  await article.click();
  await expect(page.getByRole("heading", { level: 1, name: /bronze soldier enters its last stage/ })).toBeVisible();
});

test("dates keep their precision", async ({ page }) => {
  await page.goto("/entries/battles-of-rzhev");
  await expect(page.getByText("January 1942 – March 1943")).toBeVisible();
  const data = await jsonLd(page);
  expect(data).toMatchObject({ "@type": "Event", startDate: "1942-01", endDate: "1943-03" });
  await page.goto("/entries/prokhorovka-field-belfry");
  await expect(page.getByText("May 1995", { exact: true })).toBeVisible();
});

test("an article page shows our summary, the original's publisher and title, and the entries it mentions", async ({ page }) => {
  await page.goto("/articles/rzhev-memorial-central-figure-installation-begins");
  await expect(page.getByText(/On 30 January 2020 work began on the last stage of mounting the bronze soldier/)).toBeVisible();
  await expect(page.locator(".article-body q")).toHaveText("the first largest monument dedicated to the feat of Soviet soldiers");
  await expect(page.getByText(/CSTO \(en\.odkb-csto\.org\) · Publication date not recorded/)).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: "Original: “The final stage of the installation of the central figure of the Rzhev Memorial to the Soviet Soldier has begun”",
    }),
  ).toHaveAttribute("href", /^https:\/\/en\.odkb-csto\.org\/75-letie-pobedy\/novosti\//);
  await expect(
    page
      .getByRole("region", { name: "Entries in this article" })
      .getByRole("link", { name: "Ministry of Culture of the Russian Federation" }),
  ).toBeVisible();
  const data = await jsonLd(page);
  expect(data).toMatchObject({ "@type": "NewsArticle", publisher: { "@type": "Organization", name: "CSTO (en.odkb-csto.org)" } });
});

test("the sitemap lists every published entry and article", async ({ request }) => {
  // An index of sitemap files: the collection outgrows the protocol's 50,000 URLs a file.
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(files.length).toBeGreaterThan(1);
  let body = "";
  for (const file of files) {
    const response = await request.get(file);
    expect(response.headers()["content-type"]).toContain("application/xml");
    body += await response.text();
  }
  expect(body).toContain("/entries/rzhev-memorial</loc>");
  expect(body).toContain("/entries/mamayev-kurgan</loc>");
  expect(body).toContain("/articles/rzhev-memorial-central-figure-installation-begins</loc>");
  expect(body.match(/<loc>/g)?.length).toBeGreaterThan(30);
});

test.describe("not found", () => {
  test.use({ expectedConsoleError: /status of 404/ });

  test("an unknown entry is a 404 page", async ({ page }) => {
    const response = await page.goto("/entries/no-such-entry");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});

test("the viewport API rejects bad input with a problem body", async ({ request }) => {
  const response = await request.get("/api/v1/viewport?bbox=10,20,30&from=2000&to=1900");
  expect(response.status()).toBe(400);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = (await response.json()) as { title: string; errors: { path: string; message: string }[] };
  expect(problem.title).toBe("Invalid request");
  expect(problem.errors.map((e) => e.path)).toContain("bbox");
});
