import { expect, test } from "./fixtures";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): string {
  expect(body.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

const FILES = [
  { path: "/favicon.ico", type: /^image\/(x-icon|vnd\.microsoft\.icon)/ },
  { path: "/icon.svg", type: /^image\/svg\+xml/ },
  { path: "/apple-touch-icon.png", type: /^image\/png/, size: "180x180" },
  { path: "/icon-192.png", type: /^image\/png/, size: "192x192" },
  { path: "/icon-512.png", type: /^image\/png/, size: "512x512" },
  { path: "/manifest.webmanifest", type: /^application\/manifest\+json/ },
  { path: "/robots.txt", type: /^text\/plain/ },
];

for (const file of FILES) {
  test(`${file.path} is served as it is, with its content type and no language redirect`, async ({ request }) => {
    const response = await request.get(file.path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(file.type);
    if (file.size) expect(pngSize(await response.body())).toBe(file.size);
  });
}

test("the manifest names the site in English and every icon it lists is served as it says", async ({ request }) => {
  const manifest = (await (await request.get("/manifest.webmanifest")).json()) as {
    name: string;
    start_url: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.name).toBe("Memorial Map & Timeline");
  expect(manifest.start_url).toBe("/");
  expect(manifest.icons.length).toBeGreaterThan(0);
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src, { maxRedirects: 0 });
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
});

test("robots.txt points at the sitemap by its absolute address", async ({ request, baseURL }) => {
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("every page's head links the icons and the manifest", async ({ page }) => {
  await page.goto("/en/search");
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", /^\/manifest\.webmanifest/);
  await expect(page.locator('head link[rel="icon"][type="image/svg+xml"]')).toHaveAttribute("href", /^\/icon\.svg/);
});
