import http from "node:http";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import {
  BIN,
  childResult,
  databaseUrlFor,
  ensureDatabase,
  kb,
  loadAverage,
  machine,
  ms,
  parseSizes,
  run,
  runIfMain,
  stats,
  writeResult,
} from "./lib/common";
import { ensureBuild, type RunningServer, startServer } from "./lib/server";
import type { AppRequestsResult, HttpBenchOutput, HttpSizeResult, LoadTestResult } from "./lib/types";
import { APP_WARMUP, appRequests } from "./lib/viewports";
import { writeResultsFile } from "./report";

/**
 * tsx bench/http-bench.ts [--sizes 1000,10000,100000] [--load-size 100000] [--load-seconds 30] [--no-load] [--rebuild]
 *
 * The viewport API end to end. Builds the app into .next-bench (when missing or stale, or with
 * --rebuild), then per size: the in-process reference (queryViewport on the same requests, from
 * bench/viewport-bench.ts --app-only), `next start` on that size's database, the app's 400 requests
 * for the 200 fixed viewports sent one after another over one keep-alive connection with
 * Accept-Encoding: gzip, and, for the load size, autocannon with 50 connections for 30 s cycling
 * through the same URLs. Every server is stopped afterwards. Writes bench/out/http.json and bench/results.md.
 */

const PASS_BUDGET_MS = 5 * 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

interface Reply {
  status: number;
  ms: number;
  wireBytes: number;
  body: Buffer;
  encoding: string | undefined;
}

function fetchOnce(agent: http.Agent, url: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const request = http.get(
      url,
      { agent, headers: { "Accept-Encoding": "gzip", Accept: "application/json" }, timeout: REQUEST_TIMEOUT_MS },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const elapsed = performance.now() - t0;
          const wire = Buffer.concat(chunks);
          const encoding = response.headers["content-encoding"];
          const body = encoding === "gzip" ? zlib.gunzipSync(wire) : wire;
          resolve({ status: response.statusCode ?? 0, ms: elapsed, wireBytes: wire.length, body, encoding });
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms`)));
    request.on("error", reject);
  });
}

async function sequentialPass(server: RunningServer, raw: AppRequestsResult): Promise<HttpSizeResult> {
  const requests = appRequests();
  // One socket, kept alive, like a browser tab talking to its origin.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const url = (query: string) => `${server.base}/api/v1/viewport?${query}`;
  let errors = 0;
  for (const r of requests.slice(0, APP_WARMUP)) await fetchOnce(agent, url(r.query)).catch(() => errors++);
  errors = 0;
  const all: number[] = [];
  const byView: Record<"map" | "timeline", number[]> = { map: [], timeline: [] };
  const wire: number[] = [];
  const json: number[] = [];
  const modes: Record<string, number> = {};
  const byMode: Record<string, number[]> = {};
  let gzipped = 0;
  let non200 = 0;
  let stoppedEarly: string | undefined;
  const deadline = performance.now() + PASS_BUDGET_MS;
  for (const r of requests) {
    if (performance.now() > deadline) {
      stoppedEarly = `time budget of ${PASS_BUDGET_MS / 1000} s used after ${all.length} requests`;
      break;
    }
    let reply: Reply;
    try {
      reply = await fetchOnce(agent, url(r.query));
    } catch {
      errors++;
      continue;
    }
    if (reply.status !== 200) {
      non200++;
      continue;
    }
    all.push(reply.ms);
    byView[r.view].push(reply.ms);
    wire.push(reply.wireBytes);
    json.push(reply.body.length);
    if (reply.encoding === "gzip") gzipped++;
    const mode = `${r.view}: ${(JSON.parse(reply.body.toString()) as { mode: string }).mode}`;
    modes[mode] = (modes[mode] ?? 0) + 1;
    (byMode[mode] ??= []).push(reply.ms);
  }
  // The floor: what any request costs through next start, without (or with a trivial) database query.
  const floor: Record<string, number[]> = { empty: [], robots: [] };
  const floorDeadline = performance.now() + 60_000;
  for (let i = 0; i < 60 && performance.now() < floorDeadline; i++) {
    const empty = await fetchOnce(
      agent,
      url("locale=en&bbox=0.0000,0.0000,0.0001,0.0001&require=coordinates&aggregate=map&zoom=18&limit=300"),
    ).catch(() => null);
    if (empty?.status === 200) floor.empty!.push(empty.ms);
    const robots = await fetchOnce(agent, `${server.base}/robots.txt`).catch(() => null);
    if (robots?.status === 200) floor.robots!.push(robots.ms);
  }
  agent.destroy();
  return {
    floor: { emptyViewport: stats(floor.empty!), robots: stats(floor.robots!) },
    size: server.size,
    requests: all.length,
    raw,
    http: { all: stats(all), map: stats(byView.map), timeline: stats(byView.timeline) },
    wireBytes: stats(wire),
    jsonBytes: stats(json),
    gzippedShare: gzipped / (all.length || 1),
    non200,
    errors,
    modes,
    byMode: Object.fromEntries(Object.entries(byMode).map(([m, t]) => [m, stats(t)])),
    serverStartMs: server.startMs,
    ...(stoppedEarly ? { stoppedEarly } : {}),
  };
}

async function loadTest(server: RunningServer, seconds: number, connections: number): Promise<LoadTestResult> {
  const paths = appRequests().map((r) => `/api/v1/viewport?${r.query}`);
  let next = 0;
  const instance = autocannon({
    url: server.base,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { "accept-encoding": "gzip", accept: "application/json" },
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }),
      },
    ],
  });
  // autocannon stops itself after `duration`; this is the backstop.
  const backstop = setTimeout(() => instance.stop(), (seconds + 30) * 1000);
  const result = await instance;
  clearTimeout(backstop);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)]));
  return {
    size: server.size,
    connections,
    durationSeconds: result.duration,
    urls: paths.length,
    requestsTotal: result.requests.total,
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latency: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: result.latency.mean,
    },
    throughputBytesPerSecond: result.throughput.average,
    statusCodes,
    loadAverageAfter: loadAverage(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      "load-size": { type: "string", default: "100000" },
      "load-seconds": { type: "string", default: "30" },
      "load-connections": { type: "string", default: "50" },
      "no-load": { type: "boolean", default: false },
      rebuild: { type: "boolean", default: false },
      /** Use .next-bench as it is (run-all built it once for every part). */
      "no-build": { type: "boolean", default: false },
    },
  });
  const started = Date.now();
  const loadAverageStart = loadAverage();
  const sizes = parseSizes(values.sizes);
  const loadSize = Number(values["load-size"]);
  const loadSeconds = Math.min(120, Number(values["load-seconds"]));
  const loadConnections = Math.min(500, Number(values["load-connections"]));
  const notes: string[] = [];
  for (const size of sizes) await ensureDatabase(size);
  const build = ensureBuild({ rebuild: values.rebuild, keepExisting: values["no-build"] });

  const results: HttpSizeResult[] = [];
  let load: LoadTestResult | null = null;
  let loadError: string | undefined;
  for (const size of sizes) {
    console.log(`In-process reference at ${size}…`);
    const out = await run(BIN("tsx"), ["bench/viewport-bench.ts", "--child", String(size), "--app-only"], {
      env: { ...process.env, DATABASE_URL: databaseUrlFor(size) },
      capture: true,
      timeoutMs: 5 * 60_000,
    });
    const raw = childResult<AppRequestsResult>(out, `the in-process ${size} run`);
    console.log(`Serving ${size} entries…`);
    let server = await startServer(size);
    try {
      let result = await sequentialPass(server, raw);
      // On this shared machine other work has been seen to end the server mid-run: start it again, at most twice, and say so.
      for (let attempt = 0; attempt < 2 && (result.errors > 0 || result.requests < 400) && !server.alive(); attempt++) {
        notes.push(`${size}: the server process ended during the sequential pass (${server.exit()}); restarted and measured again.`);
        await server.stop();
        server = await startServer(size);
        result = await sequentialPass(server, raw);
      }
      results.push(result);
      console.log(
        `  HTTP p50 ${ms(result.http.all.p50)}, p95 ${ms(result.http.all.p95)} (in-process p50 ${ms(raw.all.p50)}, p95 ${ms(raw.all.p95)}); ` +
          `wire max ${kb(result.wireBytes.max)}, gzip ${(result.gzippedShare * 100).toFixed(0)}%`,
      );
      if (!values["no-load"] && size === loadSize) {
        for (let attempt = 0; attempt < 2; attempt++) {
          if (!server.alive()) {
            await server.stop();
            server = await startServer(size);
          }
          console.log(`  Load test: ${loadConnections} connections for ${loadSeconds} s…`);
          try {
            load = await loadTest(server, loadSeconds, loadConnections);
            console.log(
              `  ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${load.errors}, non-2xx ${load.non2xx}`,
            );
          } catch (error) {
            loadError = error instanceof Error ? error.message : String(error);
          }
          if (server.alive()) break;
          notes.push(
            `Load test attempt ${attempt + 1}: the server process ended during the test (${server.exit()})${attempt === 0 ? "; run again with a new server" : ""}.`,
          );
        }
      }
    } finally {
      await server.stop();
    }
  }
  if (!values["no-load"] && !sizes.includes(loadSize)) notes.push(`Load test not run: ${loadSize} is not among the sizes measured.`);
  const output: HttpBenchOutput = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverageStart,
    loadAverageEnd: loadAverage(),
    seconds: (Date.now() - started) / 1000,
    notes,
    build,
    results,
    load,
    ...(loadError ? { loadError } : {}),
  };
  writeResult("http", output);
  writeResultsFile();
}

runIfMain("http-bench.ts", main);
