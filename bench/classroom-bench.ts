import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { type Browser, chromium, type Page } from "@playwright/test";
import { findChromium } from "../lib/browser/find-chromium";
import { CHROMIUM_ARGS } from "./lib/chromium-args";
import type { BytesByType, ClassroomBenchOutput, SlowRun, StepRun } from "./lib/classroom-types";
import { BIN, loadAverage, machine, ms, ROOT, readResult, runIfMain, sleep, writeResult } from "./lib/common";
import { freePort, HOST } from "./lib/server";
import { writeResultsFile } from "./report";
import { classroomSection } from "./report-classroom";

/**
 * tsx bench/classroom-bench.ts [--rounds 3] [--slow-runs 3] [--only steps|slow] [--locale en|ru] [--no-report]
 *
 * The seeded featured tour in Chromium against the app as `npm start` serves it (its own build in .next,
 * a fresh database seeded with the reference collection in bench/.tmp), at 1280 × 720 (a projector):
 *   (a) presentation mode, → from step 1 to the last, `rounds` times, with and without reduced motion: from
 *       the keydown to the first frame painted with the new step; the map's flight and the timeline's
 *       animation, to their end, reported apart;
 *   (b) the first step (present?step=1) on a slow school connection (Chromium's network emulation: 1.6 Mbit/s
 *       down, 750 kbit/s up, 150 ms round trip), cold cache, `slow-runs` times: until its text, the map (a drawn
 *       basemap tile and a marker) and the timeline (an item) show, and until the network goes quiet, with
 *       what it downloaded by type and what the drawing waited for last.
 * Only localhost is reachable. Writes bench/out/classroom.json and the Classroom section of bench/results.md; with
 * --only, the other part's figures are kept from the last run. With --no-report (a trial, or another --locale than
 * the English page the report is about) it writes bench/.tmp/classroom.json and prints the section instead, leaving
 * bench/out and bench/results.md alone.
 */

const USAGE = `tsx bench/classroom-bench.ts [options]
  --rounds N       presses of → from the first step to the last, per motion setting (3)
  --slow-runs N    cold visits to the first step on the slow school profile (3)
  --only P         steps or slow: measure one part, keep the other's figures from the last run
  --locale L       en or ru: the presentation's language (en; ru needs --no-report)
  --no-report      a trial: write bench/.tmp/classroom.json and print the section, leaving
                   bench/out/classroom.json and bench/results.md as they are`;

const TOUR = "from-rzhev-to-the-great-memorials";
const PROFILE = { downKbps: 1600, upKbps: 750, rttMs: 150 };
const VIEWPORT = { width: 1280, height: 720 };
/** A step that leaves the map or the timeline where it was has nothing to settle: stop waiting after this. */
const SETTLE_WAIT_MS = 4000;
const TMP = path.join(ROOT, "bench", ".tmp");

interface App {
  base: string;
  stop: () => Promise<void>;
}

/** `npm start` (scripts/start.ts: migrate, seed, build when stale, serve) on a fresh database and a free port. */
async function startApp(): Promise<App> {
  fs.mkdirSync(TMP, { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(path.join(TMP, `classroom.db${suffix}`), { force: true });
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const log = fs.createWriteStream(path.join(TMP, "classroom-server.log"));
  const child: ChildProcess = spawn(BIN("tsx"), ["scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: HOST,
      DATABASE_URL: "file:./bench/.tmp/classroom.db",
      UPLOADS_DIR: path.join(TMP, "classroom-uploads"),
      MAP_TILE_URL: "",
      PUBLIC_BASE_URL: base,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = async () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    process.kill(-child.pid, "SIGTERM"); // its own process group: the supervisor and its server
    for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  process.on("exit", () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  });
  const deadline = Date.now() + 15 * 60_000; // a build under load takes minutes
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app ended (${child.exitCode}); see bench/.tmp/classroom-server.log`);
    const ok = await fetch(`${base}/api/v1/viewport?limit=1`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { base, stop };
    await sleep(500);
  }
  await stop();
  throw new Error("the app did not answer within 15 minutes");
}

interface Guard {
  consoleErrors: string[];
  outside: string[];
}

function guard(page: Page, into: Guard): void {
  page.on("console", (m) => {
    if (m.type() === "error") into.consoleErrors.push(m.text().slice(0, 300));
  });
  page.on("pageerror", (e) => into.consoleErrors.push(e.message.slice(0, 300)));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && url.hostname !== HOST && url.hostname !== "localhost") into.outside.push(r.url());
  });
}

/** The page measured: the first step of the presentation, in the language asked for. */
const presentAddress = (base: string, locale: string) => `${base}/${locale}/tours/${TOUR}/present?step=1`;

async function openPresentation(
  browser: Browser,
  base: string,
  locale: string,
  reduced: boolean,
  into: Guard,
): Promise<{ page: Page; total: number }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: reduced ? "reduce" : "no-preference" });
  await context.addInitScript({ content: "globalThis.__name = globalThis.__name || ((f) => f);" });
  const page = await context.newPage();
  guard(page, into);
  await page.goto(presentAddress(base, locale));
  await page.waitForFunction(
    () => document.querySelector("[data-map-view]")?.getAttribute("data-map-view") && document.querySelector(".vis-item"),
    undefined,
    { timeout: 30_000 },
  );
  await sleep(1500);
  const progress = (await page.locator(".present-progress").textContent()) ?? "";
  const total = Number(/of (\d+)/.exec(progress)?.[1]);
  if (!total) throw new Error(`no step count in "${progress}"`);
  return { page, total };
}

declare global {
  interface Window {
    __step?: { t0: number; drawn: number | null; map: number | null; timeline: number | null };
  }
}

/** Presses → once and times the new step (see StepRun). */
async function oneStep(page: Page, from: number, total: number): Promise<StepRun> {
  await page.evaluate(
    ([target]) => {
      const state: NonNullable<Window["__step"]> = { t0: 0, drawn: null, map: null, timeline: null };
      window.__step = state;
      const progress = document.querySelector(".present-progress")!;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        state.drawn ??= performance.now() - state.t0;
      };
      let pending = false;
      window.addEventListener("keydown", () => (state.t0 = performance.now()), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (pending || progress.textContent !== target) return;
        pending = true;
        observer.disconnect();
        // The message posted from this frame's callback arrives after the frame is painted.
        requestAnimationFrame(() => channel.port2.postMessage(null));
      }).observe(document.querySelector(".tour-present")!, { subtree: true, childList: true, characterData: true });
      new MutationObserver(() => {
        state.map ??= performance.now() - state.t0;
      }).observe(document.querySelector("[data-map-view]")!, { attributes: true, attributeFilter: ["data-map-view"] });
      new MutationObserver(() => {
        state.timeline ??= performance.now() - state.t0;
      }).observe(document.querySelector("[data-timeline-window]")!, { attributes: true, attributeFilter: ["data-timeline-window"] });
    },
    [`Step ${from + 1} of ${total}`],
  );
  await page.keyboard.press("ArrowRight");
  const started = Date.now();
  let state = await page.evaluate(() => window.__step!);
  while (Date.now() - started < SETTLE_WAIT_MS && (state.drawn === null || state.map === null || state.timeline === null)) {
    await sleep(50);
    state = await page.evaluate(() => window.__step!);
  }
  // Whatever still moves after the wait is over before the next press.
  await sleep(300);
  return { from, to: from + 1, drawn: state.drawn, mapSettled: state.map, timelineSettled: state.timeline };
}

async function stepRuns(browser: Browser, base: string, locale: string, rounds: number, reduced: boolean, into: Guard): Promise<StepRun[]> {
  const { page, total } = await openPresentation(browser, base, locale, reduced, into);
  const runs: StepRun[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      if (round > 0) {
        await page.keyboard.press("Home");
        await page.waitForFunction((t) => document.querySelector(".present-progress")?.textContent === `Step 1 of ${t}`, total);
        await sleep(SETTLE_WAIT_MS);
      }
      for (let step = 1; step < total; step++) runs.push(await oneStep(page, step, total));
    }
  } finally {
    await page.context().close();
  }
  return runs;
}

interface Tracked {
  url: string;
  type: string;
  start: number;
  end: number | null;
  transferred: number;
  decoded: number;
  initiator: string;
}

/** The address of whatever asked for a request: a parser's or preload's document or stylesheet, or the script on top of the stack. */
function initiatorOf(initiator: { type: string; url?: string; stack?: { callFrames: { url: string }[] } }): string {
  const frame = initiator.stack?.callFrames.find((f) => f.url)?.url;
  return `${initiator.type}${(initiator.url ?? frame) ? ` ${initiator.url ?? frame}` : ""}`;
}

/** One cold visit to the first step through the throttled link. */
async function slowRun(browser: Browser, base: string, locale: string, into: Guard): Promise<SlowRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  guard(page, into);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PROFILE.rttMs,
    downloadThroughput: (PROFILE.downKbps * 1000) / 8,
    uploadThroughput: (PROFILE.upKbps * 1000) / 8,
  });
  const requests = new Map<string, Tracked>();
  let lastActivity = Date.now();
  let documentStart: number | null = null;
  cdp.on("Network.requestWillBeSent", (event) => {
    lastActivity = Date.now();
    const start = event.timestamp * 1000;
    if (event.type === "Document" && documentStart === null) documentStart = start;
    requests.set(event.requestId, {
      url: event.request.url,
      type: event.type ?? "Other",
      start,
      end: null,
      transferred: 0,
      decoded: 0,
      initiator: initiatorOf(event.initiator),
    });
  });
  cdp.on("Network.dataReceived", (event) => {
    lastActivity = Date.now();
    const request = requests.get(event.requestId);
    if (request) request.decoded += event.dataLength;
  });
  cdp.on("Network.loadingFinished", (event) => {
    lastActivity = Date.now();
    const request = requests.get(event.requestId);
    if (request) {
      request.end = event.timestamp * 1000;
      request.transferred = event.encodedDataLength;
    }
  });
  cdp.on("Network.loadingFailed", (event) => {
    lastActivity = Date.now();
    const request = requests.get(event.requestId);
    if (request) request.end = event.timestamp * 1000;
  });
  try {
    await page.goto(presentAddress(base, locale), { waitUntil: "commit" });
    const times = (await page
      .waitForFunction(
        () => {
          const w = window as unknown as { __drawn?: { text?: number; map?: number; timeline?: number } };
          const drawn = (w.__drawn ??= {});
          const now = performance.now();
          if (drawn.text === undefined && document.querySelector(".present-text h1")?.textContent) drawn.text = now;
          if (drawn.map === undefined && document.querySelector(".leaflet-tile-loaded") && document.querySelector(".leaflet-marker-icon"))
            drawn.map = now;
          if (drawn.timeline === undefined && document.querySelector(".vis-item")) drawn.timeline = now;
          return drawn.text !== undefined && drawn.map !== undefined && drawn.timeline !== undefined ? drawn : false;
        },
        undefined,
        { polling: "raf", timeout: 60_000 },
      )
      .then((handle) => handle.jsonValue())) as { text: number; map: number; timeline: number };
    const drawn = Math.max(times.text, times.map, times.timeline);
    // Quiet: no request in flight, and none started or ended, for a second.
    const quietDeadline = Date.now() + 60_000;
    while (Date.now() < quietDeadline) {
      const inFlight = [...requests.values()].some((r) => r.end === null);
      if (!inFlight && Date.now() - lastActivity >= 1000) break;
      await sleep(100);
    }
    const origin = documentStart ?? 0;
    const all = [...requests.values()].filter((r) => !r.url.startsWith("data:"));
    const ends = all.map((r) => r.end).filter((end): end is number => end !== null);
    const byType = new Map<string, BytesByType>();
    for (const r of all) {
      const entry = byType.get(r.type) ?? { type: r.type, requests: 0, transferred: 0, decoded: 0 };
      entry.requests++;
      entry.transferred += r.transferred;
      entry.decoded += r.decoded;
      byType.set(r.type, entry);
    }
    const path = (url: string) => {
      const parsed = new URL(url);
      return `${parsed.pathname}${parsed.search.length > 60 ? `${parsed.search.slice(0, 60)}…` : parsed.search}`;
    };
    const beforeDrawn = all.filter((r) => r.end !== null && r.end - origin <= drawn);
    const lastBeforeDrawn = [...beforeDrawn]
      .sort((a, b) => b.end! - a.end!)
      .slice(0, 4)
      .map((r) => ({ url: path(r.url), type: r.type, end: r.end! - origin }));
    return {
      text: times.text,
      map: times.map,
      timeline: times.timeline,
      drawn,
      quiet: ends.length ? Math.max(...ends) - origin : null,
      bytes: [...byType.values()].sort((a, b) => b.transferred - a.transferred),
      transferredBeforeDrawn: beforeDrawn.reduce((sum, r) => sum + r.transferred, 0),
      lastBeforeDrawn,
      chain: beforeDrawn
        .sort((a, b) => a.start - b.start)
        .map((r) => ({
          url: path(r.url),
          type: r.type,
          start: r.start - origin,
          end: r.end! - origin,
          transferred: r.transferred,
          initiator: r.initiator.replaceAll(base, ""),
        })),
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "3" },
      "slow-runs": { type: "string", default: "3" },
      only: { type: "string" },
      locale: { type: "string", default: "en" },
      "no-report": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const locale = values.locale;
  if (locale !== "en" && locale !== "ru") throw new Error(`--locale takes en or ru, not ${locale}`);
  const report = !values["no-report"];
  if (report && locale !== "en") throw new Error("bench/results.md reports the English page: add --no-report for another language");
  const only = values.only;
  if (only !== undefined && only !== "steps" && only !== "slow") throw new Error(`--only takes steps or slow, not ${only}`);
  const previous = only ? readResult<ClassroomBenchOutput>("classroom") : null;
  const started = Date.now();
  const loadAverageStart = loadAverage();
  const rounds = Math.max(1, Number(values.rounds));
  const slowRuns = Math.max(1, Number(values["slow-runs"]));
  const app = await startApp();
  const executable = findChromium();
  const browser = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS, headless: true });
  const into: Guard = { consoleErrors: [], outside: [] };
  const errors: string[] = [];
  const output: ClassroomBenchOutput = {
    generatedAt: "",
    machine: machine(),
    loadAverageStart,
    loadAverageEnd: [],
    seconds: 0,
    chromium: `${executable} ${browser.version()}`,
    tour: TOUR,
    locale,
    profile: PROFILE,
    steps: [],
    stepsReduced: [],
    slow: [],
    errors,
    consoleErrors: into.consoleErrors,
    outsideRequests: into.outside,
  };
  try {
    // One unmeasured visit: the server compiles nothing, but its caches and the viewport indexes warm up.
    const warm = await browser.newContext();
    await (await warm.newPage()).goto(presentAddress(app.base, locale), { waitUntil: "networkidle" }).catch(() => undefined);
    await warm.close();
    for (const reduced of only === "slow" ? [] : [false, true]) {
      try {
        const runs = await stepRuns(browser, app.base, locale, rounds, reduced, into);
        (reduced ? output.stepsReduced : output.steps).push(...runs);
        console.log(
          `steps${reduced ? " (reduced motion)" : ""}: drawn ${runs.map((r) => (r.drawn === null ? "—" : ms(r.drawn))).join(", ")}`,
        );
      } catch (error) {
        errors.push(`steps${reduced ? " (reduced motion)" : ""}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    }
    for (let i = 0; only !== "steps" && i < slowRuns; i++) {
      try {
        const run = await slowRun(browser, app.base, locale, into);
        output.slow.push(run);
        console.log(`slow first step ${i + 1}: drawn ${ms(run.drawn ?? 0)}, quiet ${ms(run.quiet ?? 0)}`);
      } catch (error) {
        errors.push(`slow run ${i + 1}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      }
    }
  } finally {
    await browser.close();
    await app.stop();
  }
  if (only === "slow" && previous) {
    output.steps.push(...previous.steps);
    output.stepsReduced.push(...previous.stepsReduced);
  }
  if (only === "steps" && previous) output.slow.push(...previous.slow);
  output.generatedAt = new Date().toISOString();
  const dateOf = (part: "steps" | "slow") =>
    only && only !== part ? (previous?.measuredAt?.[part] ?? previous?.generatedAt ?? null) : output.generatedAt;
  output.measuredAt = { steps: dateOf("steps"), slow: dateOf("slow") };
  output.loadAverageEnd = loadAverage();
  output.seconds = (Date.now() - started) / 1000;
  if (report) {
    writeResult("classroom", output);
    writeResultsFile();
    return;
  }
  const trial = path.join(TMP, "classroom.json");
  fs.writeFileSync(trial, `${JSON.stringify(output, null, 2)}\n`);
  console.log(
    `${classroomSection(output).join("\n")}\nWrote ${path.relative(ROOT, trial)} (bench/out and bench/results.md left as they were)`,
  );
}

runIfMain("classroom-bench.ts", main);
