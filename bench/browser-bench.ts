import http from "node:http";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { type Browser, chromium, type Page } from "@playwright/test";
import { findChromium } from "../lib/browser/find-chromium";
import type { BrowserBenchOutput, BrowserSizeResult, RedrawRun, ScriptInfo } from "./lib/browser-types";
import { CHROMIUM_ARGS } from "./lib/chromium-args";
import { ensureDatabase, kb, loadAverage, machine, median, ms, parseSizes, runIfMain, sleep, writeResult } from "./lib/common";
import { ensureBuild, type RunningServer, startServer } from "./lib/server";
import { writeResultsFile } from "./report";

/**
 * tsx bench/browser-bench.ts [--sizes 1000,100000] [--runs 5] [--rebuild]
 *
 * The home page (/en) in Chromium against `next start` (.next-bench) on each size's database, a fresh
 * browser context (cold cache) per run:
 *   (a) navigation start → the map has a marker or cluster (.leaflet-marker-icon) and the timeline an item (.vis-item);
 *   (b) the map's "Zoom in" control → last DOM change of the marker pane, once the marker set changed and the network is idle;
 *   (c) the "Zoom timeline in" button → last DOM change of the timeline's items, likewise;
 *   (d) the first button in "Entries in view" → the map has .entry-marker.is-selected and the timeline .vis-item.vis-selected;
 *   (b′) a mouse drag of the map → last DOM change of the marker pane, from the release; (c′) a drag of the timeline, likewise;
 *   (e) the JavaScript the page loads, gzipped: what the HTML references (initial) and everything after load (total).
 * Only localhost is reachable: Chromium resolves no other host name. Writes bench/out/browser.json and bench/results.md.
 */

const EXECUTABLE = findChromium();
const STEP_TIMEOUT_MS = 20_000;
const fmtMs = (n: number | null | undefined) => (n == null ? "—" : ms(n));
const QUIET_MS = 500;
const SIZE_BUDGET_MS = 6 * 60_000;

declare global {
  interface Window {
    __bench?: {
      last: number;
      count: number;
      /** A node changed since the last frame: the next frame is the first to show it. */
      pending: boolean;
      drawnAt: number;
      moved: number;
      release: number;
      signature: () => string;
      before: string;
    };
  }
}

/** Requests in flight, for "network idle". */
class NetworkWatch {
  pending = new Set<unknown>();
  lastActivity = Date.now();
  viewportRequests = 0;
  outside: string[] = [];
  constructor(page: Page) {
    page.on("request", (request) => {
      this.pending.add(request);
      this.lastActivity = Date.now();
      const url = new URL(request.url());
      if (url.protocol.startsWith("http") && url.hostname !== "127.0.0.1" && url.hostname !== "localhost") this.outside.push(request.url());
      if (url.pathname === "/api/v1/viewport") this.viewportRequests++;
    });
    const done = (request: unknown) => {
      this.pending.delete(request);
      this.lastActivity = Date.now();
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);
  }
  /** Resolves once nothing has been in flight for QUIET_MS (and `extra` holds), or after the timeout. */
  async idle(extra: () => Promise<boolean> = async () => true, timeoutMs = STEP_TIMEOUT_MS): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.pending.size === 0 && Date.now() - this.lastActivity >= QUIET_MS && (await extra())) return true;
      await sleep(50);
    }
    return false;
  }
}

/** What moves while a view animates or is dragged: the map pane's class and offset; the timeline's axis labels. */
type Motion = "map" | "timeline";

/**
 * Observes `paneSelector` for added/removed nodes (and class changes); the signature tells whether the drawn set changed.
 * Every frame it notes the first frame after a change (timed after that frame's rendering, from a message posted in its
 * requestAnimationFrame callback) and the last frame in which the view itself still moved.
 */
async function observe(page: Page, paneSelector: string, itemSelector: string, motion: Motion): Promise<void> {
  await page.evaluate(
    ([pane, item, what]) => {
      const root = document.querySelector(pane!);
      if (!root) throw new Error(`${pane} not found`);
      const signature = () =>
        [...root.querySelectorAll(item!)]
          .map((e) => `${e.getAttribute("data-entry-id") ?? e.getAttribute("aria-label") ?? e.textContent}|${e.className}`)
          .sort()
          .join("\n");
      const motionSignature =
        what === "map"
          ? () => {
              const mapPane = document.querySelector<HTMLElement>(".leaflet-map-pane");
              return mapPane ? `${mapPane.className}|${mapPane.style.transform}` : "";
            }
          : () =>
              [...document.querySelectorAll<HTMLElement>(".vis-time-axis .vis-text")]
                .slice(0, 6)
                .map((e) => `${e.textContent}|${e.style.transform}|${e.style.left}`)
                .join(",");
      const state = { last: 0, count: 0, pending: false, drawnAt: 0, moved: 0, release: 0, signature, before: signature() };
      window.__bench = state;
      // vis-timeline writes its item set's class attribute on every frame, the same value each time: a
      // write that leaves the class as it was is no change to what is drawn.
      const changes = (r: MutationRecord) => r.type !== "attributes" || r.oldValue !== (r.target as Element).getAttribute(r.attributeName!);
      new MutationObserver((records) => {
        if (!records.some(changes)) return;
        state.last = performance.now();
        state.count++;
        state.pending = true;
      }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["class"], attributeOldValue: true });
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.drawnAt = performance.now();
      };
      let lastMotion = motionSignature();
      const frame = () => {
        if (window.__bench !== state) return;
        if (state.pending) {
          state.pending = false;
          channel.port2.postMessage(null);
        }
        const now = motionSignature();
        if (now !== lastMotion) {
          lastMotion = now;
          state.moved = performance.now();
        }
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      // pointerup, not mouseup: the timeline cancels pointerdown, and then no mouse events follow.
      document.addEventListener("pointerup", () => (state.release = performance.now()), { capture: true, once: true });
    },
    [paneSelector, itemSelector, motion],
  );
}

/** What starts a redraw; resolves to its time on the page's clock. */
type Action = (page: Page) => Promise<number>;

function click(selector: string): Action {
  return (page) =>
    page.evaluate((target) => {
      const element = document.querySelector<HTMLElement>(target);
      if (!element) throw new Error(`${target} not found`);
      const t = performance.now();
      element.click();
      return t;
    }, selector);
}

/**
 * A mouse drag across the middle of `selector` by (dx, dy) in steps, held still for `holdMs` before the release
 * (Leaflet then starts no inertia); timed from the release as the page saw it.
 */
function drag(selector: string, dx: number, dy: number, holdMs = 0): Action {
  return async (page) => {
    const box = await page.locator(selector).first().boundingBox();
    if (!box) throw new Error(`${selector} not visible`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const steps = 12;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) await page.mouse.move(x + (dx * i) / steps, y + (dy * i) / steps);
    if (holdMs) await sleep(holdMs);
    await page.mouse.up();
    const release = await page.evaluate(() => window.__bench!.release);
    if (!release) throw new Error(`no pointerup seen after dragging ${selector}`);
    return release;
  };
}

async function redraw(
  page: Page,
  net: NetworkWatch,
  pane: string,
  item: string,
  motion: Motion,
  act: Action,
  requestFilter: string,
): Promise<RedrawRun> {
  await observe(page, pane, item, motion);
  const t0 = await act(page);
  const changed = () => page.evaluate(() => window.__bench!.signature() !== window.__bench!.before);
  await sleep(50);
  const settled = await net.idle(
    async () =>
      (await changed()) &&
      (await page.evaluate(() => performance.now() - Math.max(window.__bench!.last, window.__bench!.moved))) >= QUIET_MS,
  );
  const didChange = await changed();
  const timing = await page.evaluate(
    ([start, filter]) => {
      const requests = performance
        .getEntriesByType("resource")
        .filter(
          (e) => e.name.includes("/api/v1/viewport") && e.name.includes(filter!) && e.startTime >= start!,
        ) as PerformanceResourceTiming[];
      const state = window.__bench!;
      return {
        last: state.last,
        drawnAt: state.drawnAt,
        moved: state.moved,
        requests: requests.map((r) => ({ start: r.startTime, end: r.responseEnd })),
      };
    },
    [t0, requestFilter] as const,
  );
  const lastRequest = timing.requests[timing.requests.length - 1];
  // A drag's data may be drawn before its release (the views follow a drag): that counts as drawn at the release.
  const total = didChange || (settled && timing.last > t0) ? Math.max(0, timing.last - t0) : null;
  return {
    total,
    changed: didChange,
    firstDrawn: total !== null && timing.drawnAt > timing.last ? Math.max(0, timing.drawnAt - t0) : null,
    settled: timing.moved > t0 ? timing.moved - t0 : null,
    toRequest: timing.requests[0] ? timing.requests[0].start - t0 : null,
    request: lastRequest ? lastRequest.end - lastRequest.start : null,
    responseToLastMutation: lastRequest && timing.last > lastRequest.end ? timing.last - lastRequest.end : null,
    requests: timing.requests.length,
  };
}

const MAP_PANE = ".leaflet-marker-pane";
const MAP_ITEM = ".leaflet-marker-icon";
const TIMELINE_PANE = ".vis-itemset";
const TIMELINE_ITEM = ".vis-item";
/** The drags: the map 300 px to the left (the view moves east), the timeline 200 px to the right (earlier). */
const mapPan = drag(".leaflet-container", -300, 0, 150);
const timelineDrag = drag(".vis-panel.vis-center", 200, 0);

async function select(page: Page, skipPressed = false): Promise<BrowserSizeResult["selection"][number]> {
  return page.evaluate(
    ([timeoutMs, skip]) =>
      new Promise<BrowserSizeResult["selection"][number]>((resolve) => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>("section.entry-list button.entry-list-item")].filter(
          (b) => !skip || b.getAttribute("aria-pressed") !== "true",
        );
        if (!buttons.length) return resolve({ error: "no entries listed" });
        // The first listed entry that both views draw right now (a marker with its title, a timeline item with its text);
        // failing that, the first button, as a visitor would.
        const titleOf = (b: HTMLButtonElement) => b.querySelector(".entry-list-title")?.textContent ?? "";
        const onMap = new Set([...document.querySelectorAll(".entry-marker")].map((e) => e.getAttribute("aria-label") ?? ""));
        const onTimeline = new Set(
          [...document.querySelectorAll(".vis-item:not(.time-bucket) .vis-item-content")].map((e) => e.textContent ?? ""),
        );
        const inBoth = buttons.find((b) => onMap.has(titleOf(b)) && onTimeline.has(titleOf(b)));
        const button = inBoth ?? buttons[0]!;
        const entry = `${titleOf(button)} (button ${buttons.indexOf(button) + 1} of ${buttons.length}${inBoth ? "" : "; no listed entry was drawn in both views"})`;
        const t0 = performance.now();
        button.click();
        let mapAt: number | null = null;
        let timelineAt: number | null = null;
        const tick = () => {
          const now = performance.now();
          const title = titleOf(button);
          if (mapAt === null && document.querySelector(".entry-marker.is-selected")?.getAttribute("aria-label") === title) mapAt = now - t0;
          if (timelineAt === null && document.querySelector(".vis-item.vis-selected .vis-item-content")?.textContent === title)
            timelineAt = now - t0;
          if (mapAt !== null && timelineAt !== null) resolve({ total: Math.max(mapAt, timelineAt), mapAt, timelineAt, entry });
          else if (now - t0 > timeoutMs!)
            resolve({
              error: `after ${timeoutMs} ms: map ${mapAt === null ? "not selected" : `${mapAt.toFixed(0)} ms`}, timeline ${timelineAt === null ? "not selected" : `${timelineAt.toFixed(0)} ms`}; ${entry}`,
            });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [5_000, skipPressed] as const,
  );
}

const MAX_LISTING_CLICKS = 8;

/**
 * Presses the map's "Zoom in" until "Entries in view" lists an entry, at most MAX_LISTING_CLICKS times: where
 * every entry on screen is in a cluster (the default view at 100,000) there is nothing to choose yet.
 * Resolves to the presses it took, or null when nothing was listed even then.
 */
async function listEntries(page: Page, net: NetworkWatch): Promise<number | null> {
  const listed = () => page.evaluate(() => Boolean(document.querySelector("section.entry-list button.entry-list-item")));
  for (let clicks = 0; ; clicks++) {
    if (await listed()) return clicks;
    if (clicks === MAX_LISTING_CLICKS) return null;
    await page.click(".leaflet-control-zoom-in");
    await net.idle();
  }
}

/** Presses "Zoom timeline in" until the timeline draws entries instead of counts (bounded in clicks and time). */
async function narrowTimeline(page: Page, net: NetworkWatch): Promise<{ clicks: number; last: string }> {
  const deadline = Date.now() + 40_000;
  let last = "no timeline response";
  for (let clicks = 0; clicks < 20 && Date.now() < deadline; clicks++) {
    if (await page.evaluate(() => Boolean(document.querySelector(".vis-item:not(.time-bucket)")))) return { clicks, last };
    const response = page
      .waitForResponse((r) => r.url().includes("/api/v1/viewport") && r.url().includes("require=dates"), { timeout: 5_000 })
      .catch(() => null);
    await page.click("#bench-zoom-timeline-in");
    const r = await response;
    if (r) {
      const body = (await r.json().catch(() => null)) as { mode?: string; total?: number } | null;
      last = `${new URL(r.url()).searchParams.get("from")}…${new URL(r.url()).searchParams.get("to")}: ${body?.mode} (${body?.total})`;
    }
    await net.idle();
  }
  return { clicks: -1, last };
}

function getGzip(url: string): Promise<{ wire: number; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "Accept-Encoding": "gzip" }, timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (c: Buffer) => chunks.push(c));
      response.on("end", () => {
        const wire = Buffer.concat(chunks);
        const raw = response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(wire) : wire;
        // Uncompressed answer: count what gzip would make of it, as the goal is about gzipped bytes.
        resolve({ wire: response.headers["content-encoding"] === "gzip" ? wire.length : zlib.gzipSync(raw).length, raw });
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

const SIGNATURES: [string, RegExp][] = [
  ["leaflet", /leaflet-marker-icon|leaflet-container/],
  ["vis-timeline", /vis-timeline|vis-itemset/],
  ["moment", /isMoment|momentProperties/],
  ["moment ru locale", /января|февраля/],
  ["hammerjs", /hammerjs|Hammer\.|touch-action/],
  ["react-dom", /react-dom|__reactContainer|Minified React error/],
  ["next runtime", /__next_f|next-router|__NEXT_/],
  ["next-intl / intl-messageformat", /IntlMessageFormat|next-intl|use-intl/],
  ["core-js polyfills", /cannotBeABaseURL/],
  ["zod", /ZodError|_zod/],
  ["topojson", /topojson|\.arcs\b/],
  ["edtf", /Bitmask|nearley/],
  ["sanitize-html", /sanitize-html|htmlparser2/],
];

async function analyseScripts(page: Page, server: RunningServer): Promise<NonNullable<BrowserSizeResult["js"]>> {
  const loaded = await page.evaluate(() =>
    (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((e) => e.initiatorType === "script" || /\.js(\?|$)/.test(e.name))
      .map((e) => ({ url: e.name, transfer: e.transferSize })),
  );
  const html = (await getGzip(`${server.base}/en`)).raw.toString();
  // Scripts the server's HTML names (script src, preload links): the initial JavaScript. Only what the browser actually loaded counts
  // (Next's noModule polyfills are named but not fetched by a modern browser).
  const inHtml = new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js[^"]*)"/g)].map(
      (m) => new URL(m[1]!.replace(/&amp;/g, "&"), server.base).href,
    ),
  );
  const scripts: ScriptInfo[] = [];
  const urls = [...new Set(loaded.map((l) => l.url))];
  for (const url of urls.slice(0, 200)) {
    const { wire, raw } = await getGzip(url);
    const text = raw.toString();
    scripts.push({
      url: new URL(url).pathname,
      gzipBytes: wire,
      rawBytes: raw.length,
      initial: inHtml.has(url),
      contains: SIGNATURES.filter(([, re]) => re.test(text)).map(([name]) => name),
    });
  }
  scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list: ScriptInfo[], key: "gzipBytes" | "rawBytes") => list.reduce((s, x) => s + x[key], 0);
  const initial = scripts.filter((s) => s.initial);
  return {
    scripts,
    initialGzip: sum(initial, "gzipBytes"),
    totalGzip: sum(scripts, "gzipBytes"),
    initialRaw: sum(initial, "rawBytes"),
    totalRaw: sum(scripts, "rawBytes"),
    transferTotal: loaded.reduce((s, l) => s + l.transfer, 0),
  };
}

/** The map pan and the timeline drag, each timed from the mouse release. */
async function drags(page: Page, net: NetworkWatch, result: BrowserSizeResult, reduced: boolean): Promise<void> {
  const pans = reduced ? (result.mapPanReduced ??= []) : (result.mapPan ??= []);
  const timelineDrags = reduced ? (result.timelineDragReduced ??= []) : (result.timelineDrag ??= []);
  pans.push(await redraw(page, net, MAP_PANE, MAP_ITEM, "map", mapPan, "require=coordinates"));
  await net.idle();
  timelineDrags.push(await redraw(page, net, TIMELINE_PANE, TIMELINE_ITEM, "timeline", timelineDrag, "require=dates"));
}

/**
 * One visit in a fresh context. `reduced` visits run with prefers-reduced-motion (no zoom
 * animations), measure only the two zooms and the two drags, and keep them apart: there the click → redrawn time is
 * the data and drawing alone, without the 250 ms animation a visitor otherwise watches.
 */
async function oneRun(browser: Browser, server: RunningServer, result: BrowserSizeResult, withJs: boolean, reduced = false): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    ...(reduced ? { reducedMotion: "reduce" as const } : {}),
  });
  const zooms = reduced
    ? { map: (result.mapZoomReduced ??= []), timeline: (result.timelineZoomReduced ??= []) }
    : { map: result.mapZoom, timeline: result.timelineZoom };
  // tsx (esbuild) wraps named functions in __name(); functions sent to the page need it defined there.
  await context.addInitScript({ content: "globalThis.__name = globalThis.__name || ((f) => f);" });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const net = new NetworkWatch(page);
  page.on("console", (m) => {
    if (m.type() === "error") result.consoleErrors.push(m.text().slice(0, 300));
  });
  page.on("pageerror", (e) => result.consoleErrors.push(e.message.slice(0, 300)));
  try {
    await page.goto(`${server.base}/en`, { waitUntil: "commit" });
    const drawn = await page
      .waitForFunction(
        () => {
          if (document.querySelector(".leaflet-marker-icon") && document.querySelector(".vis-item")) return performance.now();
          return false;
        },
        undefined,
        { polling: "raf", timeout: STEP_TIMEOUT_MS },
      )
      .then((handle) => handle.jsonValue() as Promise<number>)
      .catch((error: Error) => {
        result.errors.push(`navigation${reduced ? " (reduced motion)" : ""}: ${error.message.split("\n")[0]}`);
        return null;
      });
    await net.idle();
    if (reduced) {
      if (drawn === null) return;
      zooms.map.push(await redraw(page, net, MAP_PANE, MAP_ITEM, "map", click(".leaflet-control-zoom-in"), "require=coordinates"));
      await net.idle();
      await page.evaluate(() => {
        const button = [...document.querySelectorAll<HTMLButtonElement>(".timeline-controls button")].find(
          (b) => b.textContent?.trim() === "Zoom timeline in",
        );
        if (button) button.id = "bench-zoom-timeline-in";
      });
      zooms.timeline.push(
        await redraw(page, net, TIMELINE_PANE, TIMELINE_ITEM, "timeline", click("#bench-zoom-timeline-in"), "require=dates"),
      );
      await net.idle();
      await drags(page, net, result, true);
      return;
    }
    result.navigation.push(drawn);
    result.viewportRequestsOnLoad.push(net.viewportRequests);
    const detail = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      const viewport = resources.filter((r) => r.name.includes("/api/v1/viewport")).map((r) => r.responseEnd);
      return {
        domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
        firstViewportResponse: viewport.length ? Math.min(...viewport) : null,
        scripts: resources.filter((r) => r.initiatorType === "script").map((r) => ({ path: new URL(r.name).pathname, end: r.responseEnd })),
      };
    });
    if (withJs) result.js = await analyseScripts(page, server);
    const chunkEnd = (what: string) => {
      const paths = new Set((result.js?.scripts ?? []).filter((s) => s.contains.includes(what)).map((s) => s.url));
      const ends = detail.scripts.filter((s) => paths.has(s.path)).map((s) => s.end);
      return ends.length ? Math.max(...ends) : null;
    };
    result.navigationDetail.push({
      domContentLoaded: detail.domContentLoaded,
      firstViewportResponse: detail.firstViewportResponse,
      mapChunkLoaded: chunkEnd("leaflet"),
      timelineChunkLoaded: chunkEnd("vis-timeline"),
    });
    if (drawn === null) return;

    zooms.map.push(await redraw(page, net, MAP_PANE, MAP_ITEM, "map", click(".leaflet-control-zoom-in"), "require=coordinates"));
    await net.idle();
    const zoomTimeline = await page.evaluate(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(".timeline-controls button")].find(
        (b) => b.textContent?.trim() === "Zoom timeline in",
      );
      if (!button) return false;
      button.id = "bench-zoom-timeline-in";
      return true;
    });
    if (zoomTimeline)
      zooms.timeline.push(
        await redraw(page, net, TIMELINE_PANE, TIMELINE_ITEM, "timeline", click("#bench-zoom-timeline-in"), "require=dates"),
      );
    else result.errors.push('no "Zoom timeline in" button');
    await net.idle();
    const clicks = await listEntries(page, net);
    result.selection.push(
      clicks === null ? { error: `no entry listed after ${MAX_LISTING_CLICKS} map zoom clicks` } : { ...(await select(page)), clicks },
    );
    await net.idle();
    // Again once the timeline is narrow enough to draw entries, so that a listed entry can be on both views.
    const narrowed = zoomTimeline ? await narrowTimeline(page, net) : { clicks: -1, last: "no zoom button" };
    result.narrowedSelection.push(
      narrowed.clicks < 0
        ? { error: `the timeline drew no entries (only counts, or nothing) after 20 zoom clicks; last timeline response ${narrowed.last}` }
        : { ...(await select(page, true)), clicks: narrowed.clicks },
    );
    await net.idle();
    // Last, so that the selections above keep measuring the view they always did.
    await drags(page, net, result, false);
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message.split("\n")[0]! : String(error));
  } finally {
    result.outsideRequests.push(...net.outside);
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,100000" },
      runs: { type: "string", default: "5" },
      rebuild: { type: "boolean", default: false },
      /** Use .next-bench as it is (run-all built it once for every part). */
      "no-build": { type: "boolean", default: false },
    },
  });
  const started = Date.now();
  const loadAverageStart = loadAverage();
  const sizes = parseSizes(values.sizes);
  const runs = Math.max(1, Math.min(20, Number(values.runs)));
  for (const size of sizes) await ensureDatabase(size);
  ensureBuild({ rebuild: values.rebuild, keepExisting: values["no-build"] });
  const notes: string[] = [];
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS, headless: true });
  const results: BrowserSizeResult[] = [];
  try {
    for (const size of sizes) {
      console.log(`Browser runs at ${size} entries…`);
      let server = await startServer(size);
      let restarts = 0;
      const result: BrowserSizeResult = {
        size,
        runs: 0,
        navigation: [],
        navigationDetail: [],
        mapZoom: [],
        timelineZoom: [],
        selection: [],
        narrowedSelection: [],
        viewportRequestsOnLoad: [],
        outsideRequests: [],
        consoleErrors: [],
        js: null,
        errors: [],
      };
      try {
        // One unmeasured visit, so the server has compiled its routes and warmed its caches.
        const warm = await browser.newContext();
        await (await warm.newPage()).goto(`${server.base}/en`, { waitUntil: "networkidle", timeout: 60_000 }).catch(() => undefined);
        await warm.close();
        const deadline = Date.now() + SIZE_BUDGET_MS;
        for (let i = 0; i < runs; i++) {
          if (Date.now() > deadline) {
            notes.push(`${size}: stopped after ${i} runs (time budget)`);
            break;
          }
          if (!server.alive() && restarts < 3) {
            notes.push(`${size}: the server process had ended (${server.exit()}) before run ${i + 1}; started a new one.`);
            restarts++;
            await server.stop();
            server = await startServer(size);
          }
          const errorsBefore = result.errors.length;
          await oneRun(browser, server, result, i === 0 || result.js === null);
          if (result.errors.length > errorsBefore && !server.alive())
            notes.push(`${size}: run ${i + 1} failed because the server process ended (${server.exit()}).`);
          await oneRun(browser, server, result, false, true);
          result.runs++;
          const nav = result.navigation[i];
          const m = result.mapZoom[i];
          const t = result.timelineZoom[i];
          const s = result.selection[i];
          console.log(
            `  run ${i + 1}: drawn ${nav == null ? "—" : ms(nav)}, map zoom ${m?.total == null ? "—" : ms(m.total)}, timeline zoom ${t?.total == null ? "—" : ms(t.total)}, ` +
              `selection ${s && "total" in s ? ms(s.total) : (s?.error ?? "—")}, map pan ${fmtMs(result.mapPan?.[i]?.total)}, timeline drag ${fmtMs(result.timelineDrag?.[i]?.total)}; ` +
              `reduced motion: map zoom ${fmtMs(result.mapZoomReduced?.[i]?.total)}, timeline zoom ${fmtMs(result.timelineZoomReduced?.[i]?.total)}, map pan ${fmtMs(result.mapPanReduced?.[i]?.total)}, timeline drag ${fmtMs(result.timelineDragReduced?.[i]?.total)}`,
          );
        }
      } finally {
        await server.stop();
      }
      if (result.js) console.log(`  JS: initial ${kb(result.js.initialGzip)}, total ${kb(result.js.totalGzip)} gzipped`);
      const navs = result.navigation.filter((n): n is number => n !== null);
      if (navs.length) console.log(`  median drawn ${ms(median(navs))}`);
      results.push(result);
    }
  } finally {
    await browser.close();
  }
  const output: BrowserBenchOutput = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverageStart,
    loadAverageEnd: loadAverage(),
    seconds: (Date.now() - started) / 1000,
    notes,
    chromium: `${EXECUTABLE} ${browser.version()}`,
    results,
  };
  writeResult("browser", output);
  writeResultsFile();
}

runIfMain("browser-bench.ts", main);
