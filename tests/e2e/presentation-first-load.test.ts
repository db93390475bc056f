import type { Page, Request } from "@playwright/test";
import { expect, test } from "./fixtures";

const TOUR = "from-rzhev-to-the-great-memorials";
/** Issue 14's slow school connection, as bench/classroom-bench.ts emulates it. */
const SLOW_LINE = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
/**
 * The JavaScript (as sent, gzipped) the first step may wait for: about what that line carries in the
 * goal's 2.5 s once the page, its styles and the round trips have had their share.
 */
const SCRIPT_BUDGET_BYTES = 330 * 1024;

interface Seen {
  request: Request;
  finished: boolean;
}

/** The step's title, the map with a drawn basemap tile and a marker, the timeline with an item (what the bench calls drawn). */
async function waitUntilDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector(".present-text h1")?.textContent &&
      document.querySelector(".present-map .leaflet-tile-loaded") &&
      document.querySelector(".present-map .leaflet-marker-icon") &&
      document.querySelector(".present-timeline .vis-item"),
    undefined,
    { polling: "raf", timeout: 45_000 },
  );
}

/** Script addresses the page's HTML names (its own script tags and preload links), as absolute URLs. */
function scriptsNamedBy(html: string, base: string): Set<string> {
  return new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js[^"]*)"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, "&"), base).href,
    ),
  );
}

for (const locale of ["en", "ru"]) {
  test(`/${locale}: on a slow school line the first step's map and timeline come with the page's own scripts and preloaded coast tiles, and no web font`, async ({
    page,
    context,
  }) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_LINE);
    const seen: Seen[] = [];
    page.on("request", (request) => seen.push({ request, finished: false }));
    page.on("requestfinished", (request) => {
      const entry = seen.find((s) => s.request === request);
      if (entry) entry.finished = true;
    });

    const response = await page.goto(`/${locale}/tours/${TOUR}/present?step=1`, { waitUntil: "commit" });
    const html = (await response?.text()) ?? "";
    await waitUntilDrawn(page);
    const beforeDrawn = seen.map((s) => ({ ...s }));

    // The presentation's text is set in the system's own font: no font file is fetched for the first step.
    expect(beforeDrawn.filter((s) => s.request.resourceType() === "font").map((s) => s.request.url())).toEqual([]);
    expect(await page.locator(".present-text h1").evaluate((h1) => getComputedStyle(h1).fontFamily)).not.toContain("PT Sans");

    // Leaflet and vis-timeline come with the page's own scripts, not asked for once those have run.
    const named = scriptsNamedBy(html, page.url());
    const scripts = beforeDrawn.filter((s) => s.finished && s.request.resourceType() === "script").map((s) => s.request);
    const texts = new Map<string, string>();
    for (const request of scripts) texts.set(request.url(), (await (await request.response())?.text()) ?? "");
    for (const signature of [/leaflet-container/, /vis-itemset/]) {
      const holding = scripts.filter((request) => signature.test(texts.get(request.url()) ?? "")).map((request) => request.url());
      expect(holding, `scripts holding ${signature}`).toHaveLength(1);
      expect(
        holding.filter((url) => !named.has(url)),
        `scripts holding ${signature} that the page's HTML does not name`,
      ).toEqual([]);
    }
    let scriptBytes = 0;
    for (const request of scripts) scriptBytes += (await request.sizes()).responseBodySize;
    // For the record, not the limit.
    console.log(`/${locale}: ${scripts.length} scripts, ${(scriptBytes / 1024).toFixed(1)} KB gzipped, before the first step was drawn`);
    expect(scriptBytes, `gzipped JavaScript before the first step was drawn: ${(scriptBytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(
      SCRIPT_BUDGET_BYTES,
    );

    // The coast tiles around the step's centre are preloaded by the page, and the map takes them from there.
    const preloaded = [...(response?.headers().link ?? "").matchAll(/<([^>]+)>/g), ...html.matchAll(/<link[^>]+href="([^"]+)"/g)]
      .map((m) => m[1]!)
      .filter((href) => href.startsWith("/basemap/coast/"));
    expect(preloaded.length).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle", { timeout: 45_000 });
    const coast = seen.map((s) => new URL(s.request.url()).pathname).filter((path) => path.startsWith("/basemap/coast/"));
    for (const tile of preloaded)
      expect(
        coast.filter((path) => path === tile),
        `requests for ${tile}`,
      ).toHaveLength(1);

    // Place names on the map are set in the site's font, in the subsets their language needs only.
    if (locale === "en") expect(seen.map((s) => s.request.url()).filter((url) => /cyrillic/.test(url))).toEqual([]);
  });
}
