import { expect, test } from "./fixtures";

async function meta(page: import("@playwright/test").Page, name: string): Promise<string | null> {
  return page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute("content");
}

for (const path of ["/en/entries/rzhev-memorial", "/ru/articles/rzhev-memorial-central-figure-installation-begins"]) {
  test(`${path} has a link preview with absolute addresses on this server`, async ({ page, baseURL }) => {
    await page.goto(path);
    expect(await meta(page, "og:url")).toBe(`${baseURL}${path}`);
    const image = await meta(page, "og:image");
    expect(image).toMatch(new RegExp(`^${baseURL}/(media/|share-card\\.png)`));
    expect(await meta(page, "og:title")).toBeTruthy();
    expect(await meta(page, "og:description")).toBeTruthy();
    expect(await meta(page, "twitter:card")).toBe("summary_large_image");
    expect(await meta(page, "twitter:image")).toBe(image);
    const served = await page.request.get(image!);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toMatch(/^image\//);
  });
}
