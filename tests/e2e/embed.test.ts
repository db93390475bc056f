import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";

// The host page frames a normal page too, which the browser refuses and says so in the console.
test.use({ expectedConsoleError: /frame-ancestors/ });

/** A page of another site (another origin: another port on 127.0.0.1) that frames pages of the app. */
async function hostPage(frames: string[]): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><title>A school's page</title>${frames
    .map((src, index) => `<iframe name="frame-${index}" src="${src}" width="800" height="600"></iframe>`)
    .join("")}`;
  const server = http.createServer((_request, response) => response.writeHead(200, { "Content-Type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test("an embed page renders in another site's frame, and a normal page refuses to be framed", async ({ page, baseURL }) => {
  const host = await hostPage([`${baseURL}/en/embed/entries/rzhev-memorial`, `${baseURL}/en/entries/rzhev-memorial`]);
  try {
    await page.goto(host.url);
    const embed = page.frameLocator('iframe[name="frame-0"]');
    await expect(embed.getByRole("heading", { level: 1, name: /Rzhev Memorial/ })).toBeVisible();
    await expect(embed.getByRole("link", { name: "Open in Memorial Map & Timeline" })).toHaveAttribute(
      "href",
      "/en/entries/rzhev-memorial",
    );
    // Refused: the frame holds the browser's error page, never the entry.
    await expect.poll(() => page.frame({ name: "frame-1" })?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe[name="frame-1"]').getByRole("heading", { name: /Rzhev Memorial/ })).toHaveCount(0);
  } finally {
    await host.close();
  }
});

test("an explorer view embeds as a map, a timeline strip and its entries", async ({ page, baseURL }) => {
  const host = await hostPage([`${baseURL}/en/embed/view?lat=56.2600&lng=34.3300&z=8`]);
  try {
    await page.goto(host.url);
    const embed = page.frameLocator("iframe");
    await expect(embed.getByRole("img", { name: "Map of the entries on this handout" })).toBeVisible();
    await expect(embed.getByRole("img", { name: "Timeline of the entries on this handout" })).toBeVisible();
    await expect(embed.getByRole("link", { name: "Rzhev Memorial to the Soviet Soldier", exact: true })).toBeVisible();
    await expect(embed.getByRole("link", { name: "Open in Memorial Map & Timeline" })).toHaveAttribute(
      "href",
      "/en?lat=56.2600&lng=34.3300&z=8&filter=all",
    );
  } finally {
    await host.close();
  }
});
