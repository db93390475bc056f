import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { mulberry32 } from "./synthetic/generate-collection";

/**
 * tsx bench/viewport-bench.ts [--sizes 1000,10000,100000]
 *
 * For each size: makes data/synthetic-<n>.db if missing (scripts/generate-synthetic-data.ts), then
 * measures queryViewport, a naive load-everything-and-filter baseline and the JSON response size in a
 * child process with DATABASE_URL set (lib/db binds the URL once per process). Writes bench/results.md.
 */

const ROOT = process.cwd();
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const VIEWPORTS = 200;
const WARMUP = 20;

interface ViewportParams {
  bbox: string;
  from?: string;
  to?: string;
  locale: "en" | "ru";
  /** What the map page asks for: aggregate cells beyond the limit, sized by zoom. */
  aggregate?: "map";
  zoom?: string;
}

interface SizeResult {
  size: number;
  entries: number;
  published: number;
  relations: number;
  viewports: number;
  query: Stats;
  baselineRuns: number;
  baseline: Stats;
  rawBytes: Stats;
  gzipBytes: Stats;
  returned: { mean: number; max: number; truncatedShare: number };
  /** How many viewports were answered in each result mode (entries, clusters, buckets). */
  modes: Record<string, number>;
  queryByMode: Record<string, Stats>;
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** ~200 fixed viewports: map-sized boxes over Europe and elsewhere, time windows of 5–50 years or none. */
export function makeViewports(): ViewportParams[] {
  const random = mulberry32(20261125);
  const viewports: ViewportParams[] = [];
  // Widths in degrees of longitude for typical zoom levels: city, region, country, subcontinent.
  const widths = [0.6, 1.5, 4, 10, 25, 60];
  for (let i = 0; i < VIEWPORTS; i++) {
    const width = widths[Math.floor(random() * widths.length)]! * (0.8 + random() * 0.4);
    const height = width * 0.55;
    let centerLat: number;
    let centerLon: number;
    const where = random();
    if (where < 0.6) {
      centerLat = 42 + random() * 22; // Europe and European Russia
      centerLon = -5 + random() * 55;
    } else if (where < 0.65) {
      centerLat = -20 + random() * 85; // over the antimeridian
      centerLon = random() < 0.5 ? 178 : -178;
    } else {
      centerLat = -40 + random() * 100;
      centerLon = -180 + random() * 360;
    }
    const south = Math.max(-90, centerLat - height / 2);
    const north = Math.min(90, centerLat + height / 2);
    let west = centerLon - width / 2;
    let east = centerLon + width / 2;
    if (west < -180) west += 360; // crosses the antimeridian: west > east
    if (east > 180) east -= 360;
    const f = (n: number) => n.toFixed(4);
    const viewport: ViewportParams = { bbox: `${f(west)},${f(south)},${f(east)},${f(north)}`, locale: random() < 0.7 ? "en" : "ru" };
    if (random() < 0.8) {
      const span = 5 + Math.floor(random() * 46);
      const start = random() < 0.85 ? 1920 + Math.floor(random() * 80) : 1000 + Math.floor(random() * 900);
      viewport.from = String(start).padStart(4, "0");
      viewport.to = String(start + span).padStart(4, "0");
    }
    if (random() < 0.75) {
      viewport.aggregate = "map";
      viewport.zoom = String(Math.max(0, Math.min(18, Math.round(Math.log2(360 / width) + 2))));
    }
    viewports.push(viewport);
  }
  return viewports;
}

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, mean: sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1) };
}

/** Runs inside the child process, after DATABASE_URL is set. */
async function measure(size: number): Promise<SizeResult> {
  const { db } = await import("@/lib/db");
  const { queryViewport } = await import("@/lib/data/entries/query-viewport");
  const { entrySummarySelect, toEntrySummary } = await import("@/lib/data/entries/entry-summary");
  const { PUBLISHED } = await import("@/lib/data/published");
  const { viewportQuerySchema } = await import("@/lib/validation/viewport");

  const queries = makeViewports().map((v) => viewportQuerySchema.parse(v));

  for (const q of queries.slice(0, WARMUP)) await queryViewport(q);

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

  // Naive baseline: every published entry's summary columns, filtered, sorted and cut in JavaScript.
  const baselineRuns = size >= 100_000 ? 20 : size >= 10_000 ? 50 : VIEWPORTS;
  const loadAll = () => db.entry.findMany({ where: { status: PUBLISHED }, select: entrySummarySelect });
  await loadAll();
  const baselineTimes: number[] = [];
  for (const q of queries.slice(0, baselineRuns)) {
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
  await db.$disconnect();
  return {
    size,
    entries,
    published,
    relations,
    viewports: queries.length,
    query: stats(times),
    baselineRuns,
    baseline: stats(baselineTimes),
    rawBytes: stats(raw),
    gzipBytes: stats(gz),
    returned: { mean: stats(returned).mean, max: Math.max(...returned), truncatedShare: truncated / queries.length },
    modes,
    queryByMode: Object.fromEntries(Object.entries(timesByMode).map(([mode, t]) => [mode, stats(t)])),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, capture = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function report(results: SizeResult[]): string {
  const cpu = os.cpus()[0]?.model ?? "unknown";
  const lines = [
    "# Viewport query benchmark",
    "",
    `Generated by \`tsx bench/viewport-bench.ts\` on ${new Date().toISOString()}.`,
    "",
    `Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB memory, Node.js ${process.version}, ${os.type()} ${os.release()}. ` +
      `Load average at the end: ${os.loadavg().map((n) => n.toFixed(1)).join(", ")} (the machine is shared; other work inflates the tails).`,
    "",
    `Data: synthetic collections from \`bench/synthetic/generate-collection.ts\` (seed 1; ~70% in Europe, mostly in dense clusters). ` +
      `${VIEWPORTS} fixed viewports (seeded): map boxes from city to subcontinent size, 60% over Europe, some across the antimeridian, ` +
      `80% with a 5–50-year time window; 75% ask for map aggregates (\`aggregate=map\` with a zoom matching the box) as the map page does, the rest plain; locale en or ru; default limit 500. ${WARMUP} warm-up queries first. ` +
      "The baseline loads every published entry's summary columns (with titles) through Prisma and filters, sorts and cuts in JavaScript.",
    "",
  ];
  for (const r of results) {
    lines.push(
      `## ${r.size.toLocaleString("en")} entries`,
      "",
      `${r.entries} entries (${r.published} published), ${r.relations} relations. ` +
        `Entries returned per viewport: mean ${r.returned.mean.toFixed(0)}, max ${r.returned.max}; ${(r.returned.truncatedShare * 100).toFixed(0)}% of viewports matched more than the limit ` +
        `(result modes: ${Object.entries(r.modes ?? {}).map(([mode, n]) => `${mode} ${n}`).join(", ")}).`,
      "",
      "| Measure | p50 | p95 | max |",
      "|---|---|---|---|",
      `| queryViewport (${r.viewports} viewports) | ${ms(r.query.p50)} ms | ${ms(r.query.p95)} ms | ${ms(r.query.max)} ms |`,
      ...Object.entries(r.queryByMode).map(
        ([mode, s]) => `| — of which answered as ${mode} (${r.modes[mode]}) | ${ms(s.p50)} ms | ${ms(s.p95)} ms | ${ms(s.max)} ms |`,
      ),
      `| naive baseline: load all + filter in JS (${r.baselineRuns} viewports) | ${ms(r.baseline.p50)} ms | ${ms(r.baseline.p95)} ms | ${ms(r.baseline.max)} ms |`,
      `| response JSON, raw | ${kb(r.rawBytes.p50)} | ${kb(r.rawBytes.p95)} | ${kb(r.rawBytes.max)} |`,
      `| response JSON, gzipped | ${kb(r.gzipBytes.p50)} | ${kb(r.gzipBytes.p95)} | ${kb(r.gzipBytes.max)} |`,
      "",
    );
  }
  const largest = results[results.length - 1];
  lines.push("## Against the goals", "");
  if (!largest) lines.push("No sizes ran.");
  else {
    const at100k = results.find((r) => r.size === 100_000);
    if (at100k) {
      const ok = at100k.query.p95 < 10;
      lines.push(
        `- Viewport query p95 < 10 ms at 100k: **${ok ? "met" : "not met"}** — measured ${ms(at100k.query.p95)} ms (p50 ${ms(at100k.query.p50)} ms). ` +
          `The naive baseline is ${ms(at100k.baseline.p50)} ms p50, ${(at100k.baseline.p50 / at100k.query.p50).toFixed(0)}× slower.`,
      );
    } else {
      lines.push(`- Viewport query p95 < 10 ms at 100k: **not measured** (100k did not run). Largest size run: ${largest.size}, p95 ${ms(largest.query.p95)} ms.`);
    }
    const maxGzip = Math.max(...results.map((r) => r.gzipBytes.max));
    lines.push(
      `- Response ≤ 60 KB gzipped: **${maxGzip <= 60 * 1024 ? "met" : "not met"}** — largest gzipped response over all sizes ${kb(maxGzip)} ` +
        "(the result is capped at the default limit of 500 entries, so size does not grow with the collection).",
    );
  }
  lines.push("");
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: "string" },
      sizes: { type: "string", default: "1000,10000,100000" },
    },
  });
  if (values.child) {
    const result = await measure(Number(values.child));
    process.stdout.write(`\nRESULT ${JSON.stringify(result)}\n`);
    return;
  }
  const sizes = values.sizes.split(",").map(Number);
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const databaseUrl = `file:./data/synthetic-${size}.db`;
    const env = { ...process.env, DATABASE_URL: databaseUrl };
    if (!fs.existsSync(path.join(ROOT, "data", `synthetic-${size}.db`))) {
      console.log(`Generating ${size} entries…`);
      await run(TSX, ["scripts/generate-synthetic-data.ts", "--count", String(size), "--database", databaseUrl], env);
    }
    console.log(`Measuring ${size}…`);
    const out = await run(TSX, ["bench/viewport-bench.ts", "--child", String(size)], env, true);
    const line = out.split("\n").find((l) => l.startsWith("RESULT "));
    if (!line) throw new Error(`No result from the ${size} run:\n${out}`);
    const result = JSON.parse(line.slice("RESULT ".length)) as SizeResult;
    if (result.entries !== size) console.warn(`data/synthetic-${size}.db holds ${result.entries} entries, not ${size}; delete it to regenerate.`);
    console.log(
      `  queryViewport p50 ${ms(result.query.p50)} ms, p95 ${ms(result.query.p95)} ms, max ${ms(result.query.max)} ms; ` +
        `baseline p50 ${ms(result.baseline.p50)} ms; gzip max ${kb(result.gzipBytes.max)}`,
    );
    results.push(result);
  }
  fs.writeFileSync(path.join(ROOT, "bench", "results.md"), report(results));
  console.log("Wrote bench/results.md");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
