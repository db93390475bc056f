import http from "node:http";
import zlib from "node:zlib";
import { expect, test } from "./fixtures";

/**
 * The goal "JavaScript shipped to the home page <= 300 KB gzipped, map and timeline loaded lazily",
 * measured as bench/browser-bench.ts does: every script /en loads once the map and the timeline are
 * drawn, each fetched again with Accept-Encoding: gzip; initial = the scripts the server's HTML names.
 */

const BUDGET_BYTES = 300 * 1024;

interface Script {
  url: string;
  gzipBytes: number;
  text: string;
}

function fetchGzipped(url: string): Promise<Omit<Script, "url">> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const wire = Buffer.concat(chunks);
          const gzipped = response.headers["content-encoding"] === "gzip";
          const raw = gzipped ? zlib.gunzipSync(wire) : wire;
          resolve({ gzipBytes: gzipped ? wire.length : zlib.gzipSync(raw).length, text: raw.toString() });
        });
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

test("the home page ships at most 300 KB of gzipped JavaScript, with the map and the timeline loaded after it", async ({
  page,
  baseURL,
}) => {
  await page.goto("/en");
  // Any entry drawn will do (other tests change the collection): both widgets' code has then been loaded.
  await expect(page.getByRole("region", { name: "Map of entries" }).locator(".leaflet-marker-icon").first()).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("region", { name: "Timeline of entries" }).locator(".vis-item").first()).toBeVisible({ timeout: 20_000 });
  await page.waitForLoadState("networkidle");

  const urls = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === "script" || /\.js(\?|$)/.test(e.name))
      .map((e) => e.name),
  );
  const scripts: Script[] = [];
  for (const url of new Set(urls)) scripts.push({ url, ...(await fetchGzipped(url)) });
  const html = (await fetchGzipped(`${baseURL}/en`)).text;
  const named = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js[^"]*)"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, "&"), baseURL).href,
    ),
  );
  const initial = scripts.filter((s) => named.has(s.url));
  const later = scripts.filter((s) => !named.has(s.url));

  const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  // For the record, not the limit: how much of the budget is left for what the home page adds next.
  console.log(
    `gzipped JavaScript on /en: ${(total / 1024).toFixed(1)} KB of ${BUDGET_BYTES / 1024} KB (${((BUDGET_BYTES - total) / 1024).toFixed(1)} KB headroom)`,
  );
  expect(initial.length).toBeGreaterThan(0);
  expect(total, `gzipped JavaScript on /en: ${(total / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET_BYTES);

  // Leaflet and vis-timeline arrive in chunks of their own, fetched once the page runs, never named by the HTML.
  for (const signature of [/leaflet-container/, /vis-itemset/]) {
    expect(
      initial.filter((s) => signature.test(s.text)).map((s) => s.url),
      `initial scripts holding ${signature}`,
    ).toEqual([]);
    expect(later.filter((s) => signature.test(s.text)).length, `later scripts holding ${signature}`).toBe(1);
  }
  // Messages are precompiled at build time: no script carries the ICU message parser.
  expect(scripts.filter((s) => /EXPECT_ARGUMENT_CLOSING_BRACE/.test(s.text)).map((s) => s.url)).toEqual([]);
});
