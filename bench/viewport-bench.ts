import { parseArgs } from "node:util";
import zlib from "node:zlib";
import {
  BIN,
  childResult,
  databaseUrlFor,
  ensureDatabase,
  kb,
  loadAverage,
  loadPostgresDatabase,
  machine,
  ms,
  parseSizes,
  readResult,
  run,
  runIfMain,
  startPostgresCluster,
  stats,
  writeResult,
} from "./lib/common";
import type { AppRequestsResult, PostgresViewportRun, ViewportBenchOutput, ViewportSizeResult } from "./lib/types";
import { APP_WARMUP, appRequests, makeViewports, VIEWPORTS } from "./lib/viewports";
import { writeResultsFile } from "./report";

export { makeViewports } from "./lib/viewports";

/**
 * tsx bench/viewport-bench.ts [--sizes 1000,10000,100000] [--databases sqlite,postgresql] [--add]
 * (--add: the sizes measured replace their own figures in bench/out/viewport.json and the other sizes
 * stay, e.g. `--sizes 1000000 --databases sqlite --add` after a full run; the report notes when each ran)
 *
 * For each size: makes data/synthetic-<n>.db if missing (scripts/generate-synthetic-data.ts), then
 * measures queryViewport, a naive load-everything-and-filter baseline and the JSON response size in a
 * child process with DATABASE_URL set (lib/db binds the URL once per process). Also measures
 * queryViewport on the exact requests the app sends for the same viewports (map: aggregate=map,
 * require=coordinates, limit=300; timeline: aggregate=timeline, require=dates, limit=300), the
 * in-process reference for bench/http-bench.ts. Then the same on PostgreSQL: a throwaway cluster
 * (scripts/postgres-test-cluster.sh, the bench's own state file), each size's synthetic collection
 * loaded into its own database by the same generator, measured, and the cluster removed; without
 * PostgreSQL binaries this part is skipped and results.md says so. Writes bench/out/viewport.json
 * and bench/results.md.
 *
 * tsx bench/viewport-bench.ts --child <n> [--app-only]   (DATABASE_URL set) prints one RESULT line.
 */

export const WARMUP = 20;

/**
 * Waits for the summary rows' background read-ahead that the warm-up started, so the timed queries
 * see a running server's steady state rather than its first seconds (returns the wait, in ms).
 */
async function awaitReadAhead(): Promise<number> {
  const { summaryRowsReadAhead } = await import("@/lib/viewport");
  const t0 = performance.now();
  await summaryRowsReadAhead();
  return performance.now() - t0;
}
/** Per size, the baseline stops early past this much time. */
const BASELINE_BUDGET_MS = 90_000;

/**
 * queryViewport on the app-shaped requests, parsed by the same schema as the route handler.
 * Only queryViewport is timed (not parsing or serialising), as in the rest of this file.
 */
export async function measureAppRequests(size: number): Promise<AppRequestsResult> {
  const { queryViewport } = await import("@/lib/viewport");
  const { viewportQuerySchema } = await import("@/lib/validation/viewport");
  const requests = appRequests().map((r) => ({
    view: r.view,
    query: viewportQuerySchema.parse(Object.fromEntries(new URLSearchParams(r.query))),
  }));
  for (const r of requests.slice(0, APP_WARMUP)) await queryViewport(r.query);
  await awaitReadAhead();
  const all: number[] = [];
  const byView: Record<"map" | "timeline", number[]> = { map: [], timeline: [] };
  const gz: number[] = [];
  const modes: Record<string, number> = {};
  const byMode: Record<string, number[]> = {};
  for (const r of requests) {
    const t0 = performance.now();
    const result = await queryViewport(r.query);
    const t = performance.now() - t0;
    all.push(t);
    byView[r.view].push(t);
    gz.push(zlib.gzipSync(JSON.stringify(result)).length);
    const mode = `${r.view}: ${result.mode}`;
    modes[mode] = (modes[mode] ?? 0) + 1;
    (byMode[mode] ??= []).push(t);
  }
  return {
    size,
    requests: requests.length,
    all: stats(all),
    map: stats(byView.map),
    timeline: stats(byView.timeline),
    gzipBytes: stats(gz),
    modes,
    byMode: Object.fromEntries(Object.entries(byMode).map(([m, t]) => [m, stats(t)])),
  };
}

/** Runs inside the child process, after DATABASE_URL is set. */
async function measure(size: number): Promise<ViewportSizeResult> {
  const { db } = await import("@/lib/db");
  const { queryViewport } = await import("@/lib/viewport");
  const { entrySummarySelect, toEntrySummary } = await import("@/lib/data/entries/entry-summary");
  const { PUBLISHED } = await import("@/lib/data/published");
  const { viewportQuerySchema } = await import("@/lib/validation/viewport");

  const queries = makeViewports().map((v) => viewportQuerySchema.parse(v));

  for (const q of queries.slice(0, WARMUP)) await queryViewport(q);
  const readAheadMs = await awaitReadAhead();

  const times: number[] = [];
  const raw: number[] = [];
  const gz: number[] = [];
  const returned: number[] = [];
  let truncated = 0;
  const modes: Record<string, number> = {};
  const timesByMode: Record<string, number[]> = {};
  for (const q of queries) {
    const t0 = performance.now();
    const result = await queryViewport(q);
    times.push(performance.now() - t0);
    const json = JSON.stringify(result);
    raw.push(Buffer.byteLength(json));
    gz.push(zlib.gzipSync(json).length);
    returned.push("entries" in result ? result.entries.length : 0);
    // Over the limit: a truncated page, or aggregates (clusters, buckets) instead of all entries.
    if (result.mode !== "entries" || result.truncated) truncated++;
    // "entries, truncated": a plain request (no aggregate) with more matches than the limit.
    const mode = result.mode === "entries" && result.truncated ? "entries, truncated" : result.mode;
    modes[mode] = (modes[mode] ?? 0) + 1;
    (timesByMode[mode] ??= []).push(times[times.length - 1]!);
  }

  // Taken before the baseline, whose full loads would swell the heap until the next collection.
  const memory = { heapUsed: process.memoryUsage().heapUsed, rss: process.memoryUsage().rss };

  // Naive baseline: every published entry's summary columns, filtered, sorted and cut in JavaScript.
  const baselineRuns = size >= 100_000 ? 20 : size >= 10_000 ? 50 : VIEWPORTS;
  const loadAll = () => db.entry.findMany({ where: { status: PUBLISHED }, select: entrySummarySelect });
  await loadAll();
  const baselineTimes: number[] = [];
  const baselineDeadline = performance.now() + BASELINE_BUDGET_MS;
  for (const q of queries.slice(0, baselineRuns)) {
    if (performance.now() > baselineDeadline) break;
    const t0 = performance.now();
    const rows = await loadAll();
    const b = q.bbox;
    const matches = rows.filter((r) => {
      if (b) {
        if (r.latitude === null || r.longitude === null || r.latitude < b.south || r.latitude > b.north) return false;
        if (b.west <= b.east ? r.longitude < b.west || r.longitude > b.east : r.longitude < b.west && r.longitude > b.east) return false;
      }
      if (q.from !== undefined && (r.endTime === null || r.endTime < q.from)) return false;
      if (q.to !== undefined && (r.startTime === null || r.startTime > q.to)) return false;
      return true;
    });
    // SQLite sorts NULL first in ascending order; match it.
    matches.sort((a, c) => (a.startTime ?? -Infinity) - (c.startTime ?? -Infinity) || (a.id < c.id ? -1 : a.id > c.id ? 1 : 0));
    matches.slice(0, q.limit).map((r) => toEntrySummary(r, q.locale));
    baselineTimes.push(performance.now() - t0);
  }

  const [entries, published, relations] = await Promise.all([
    db.entry.count(),
    db.entry.count({ where: { status: PUBLISHED } }),
    db.entryRelation.count(),
  ]);
  const app = await measureAppRequests(size);
  await db.$disconnect();
  return {
    size,
    entries,
    published,
    relations,
    viewports: queries.length,
    query: stats(times),
    baselineRuns: baselineTimes.length,
    baseline: stats(baselineTimes),
    rawBytes: stats(raw),
    gzipBytes: stats(gz),
    returned: { mean: stats(returned).mean, max: Math.max(...returned), truncatedShare: truncated / queries.length },
    modes,
    queryByMode: Object.fromEntries(Object.entries(timesByMode).map(([mode, t]) => [mode, stats(t)])),
    app,
    memory,
    readAheadMs,
  };
}

async function measureChild(size: number, databaseUrl: string, label: string): Promise<ViewportSizeResult> {
  console.log(`Measuring queryViewport at ${size} on ${label}…`);
  const out = await run(BIN("tsx"), ["bench/viewport-bench.ts", "--child", String(size)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    capture: true,
    // A million entries take minutes to index and to load whole for the baseline.
    timeoutMs: (size >= 1_000_000 ? 30 : 10) * 60_000,
  });
  const result = childResult<ViewportSizeResult>(out, `the ${size} run on ${label}`);
  console.log(
    `  queryViewport p50 ${ms(result.query.p50)}, p95 ${ms(result.query.p95)}, max ${ms(result.query.max)}; ` +
      `baseline p50 ${ms(result.baseline.p50)}; gzip max ${kb(result.gzipBytes.max)}; ` +
      `app requests p50 ${ms(result.app.all.p50)}, p95 ${ms(result.app.all.p95)}; read-ahead waited ${ms(result.readAheadMs ?? 0)}`,
  );
  return result;
}

/** The PostgreSQL run: one cluster for every size, always removed afterwards. */
async function measurePostgres(sizes: number[]): Promise<PostgresViewportRun> {
  const started = Date.now();
  const outcome: PostgresViewportRun = { results: [], loadSeconds: {}, seconds: 0 };
  const cluster = await startPostgresCluster().catch((error: unknown) => ({
    missing: `the cluster did not start: ${error instanceof Error ? error.message : String(error)}`,
  }));
  if ("missing" in cluster) {
    console.warn(`PostgreSQL part skipped: ${cluster.missing}`);
    return { ...outcome, skipped: cluster.missing };
  }
  outcome.server = cluster.version;
  try {
    for (const size of sizes) {
      const url = cluster.urlFor(`synthetic_${size}`);
      console.log(`Loading ${size} entries into PostgreSQL…`);
      outcome.loadSeconds[String(size)] = await loadPostgresDatabase(url, size);
      outcome.results.push(await measureChild(size, url, "PostgreSQL"));
    }
  } catch (error) {
    outcome.failed = error instanceof Error ? error.message : String(error);
    console.warn(`PostgreSQL part failed: ${outcome.failed}`);
  } finally {
    await cluster.stop();
  }
  return { ...outcome, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: "string" },
      "app-only": { type: "boolean", default: false },
      sizes: { type: "string" },
      databases: { type: "string", default: "sqlite,postgresql" },
      add: { type: "boolean", default: false },
    },
  });
  if (values.child) {
    const size = Number(values.child);
    const result = values["app-only"] ? await measureAppRequests(size) : await measure(size);
    process.stdout.write(`\nRESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const started = Date.now();
  const loadAverageStart = loadAverage();
  const sizes = parseSizes(values.sizes);
  const databases = values.databases.split(",");
  const unknown = databases.filter((d) => d !== "sqlite" && d !== "postgresql");
  if (unknown.length) throw new Error(`--databases takes sqlite and postgresql, not ${unknown.join(", ")}`);
  const results: ViewportSizeResult[] = [];
  if (databases.includes("sqlite")) {
    for (const size of sizes) {
      await ensureDatabase(size);
      const result = await measureChild(size, databaseUrlFor(size), "SQLite");
      if (result.entries !== size)
        console.warn(`data/synthetic-${size}.db holds ${result.entries} entries, not ${size}; delete it to regenerate.`);
      results.push(result);
    }
  }
  const postgresql = databases.includes("postgresql") ? await measurePostgres(sizes) : undefined;
  // A run of one database keeps the other's last figures in results.md.
  const previous = readResult<ViewportBenchOutput>("viewport");
  // With --add this run's sizes join the last run, which keeps its own time, duration and load.
  const base = values.add ? previous : null;
  const run = {
    generatedAt: new Date().toISOString(),
    loadAverageStart,
    loadAverageEnd: loadAverage(),
    seconds: (Date.now() - started) / 1000,
  };
  const kept = (base?.results ?? []).filter((r) => !results.some((n) => n.size === r.size));
  const notes = base
    ? [
        ...base.notes,
        `${sizes.map((n) => n.toLocaleString("en")).join(", ")} on ${databases.join(" and ")} measured by a separate run (--add) at ${run.generatedAt}, ` +
          `${run.seconds.toFixed(0)} s, load average ${loadAverageStart.map((l) => l.toFixed(1)).join(", ")} at its start; the rest of this part at ${base.generatedAt}.`,
      ]
    : [];
  const output: ViewportBenchOutput = {
    ...(base
      ? {
          generatedAt: base.generatedAt,
          loadAverageStart: base.loadAverageStart,
          loadAverageEnd: base.loadAverageEnd,
          seconds: base.seconds,
        }
      : run),
    machine: machine(),
    notes,
    results: databases.includes("sqlite") ? [...kept, ...results].sort((a, b) => a.size - b.size) : (previous?.results ?? []),
    ...(postgresql ? { postgresql } : previous?.postgresql ? { postgresql: previous.postgresql } : {}),
  };
  writeResult("viewport", output);
  writeResultsFile();
}

runIfMain("viewport-bench.ts", main);
