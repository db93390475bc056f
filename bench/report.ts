import fs from "node:fs";
import path from "node:path";
import type { BrowserBenchOutput } from "./lib/browser-types";
import type { ClassroomBenchOutput } from "./lib/classroom-types";
import { kb, loadAverage, machine, ROOT, readResult, type Stats } from "./lib/common";
import type { ExportBenchOutput } from "./lib/export-types";
import type { ImportBenchOutput, StartBenchOutput } from "./lib/import-types";
import type { PagesBenchOutput } from "./lib/pages-types";
import type { HttpBenchOutput, PostgresViewportRun, RunInfo, ViewportBenchOutput, ViewportSizeResult } from "./lib/types";
import { APP_LIMIT, VIEWPORTS } from "./lib/viewports";
import { browserGoals, browserSection } from "./report-browser";
import { classroomSection } from "./report-classroom";
import { exportGoals, exportSection } from "./report-export";
import { fmt, KB60, la, mark, ratio, verdict } from "./report-format";
import { importGoals, importSection } from "./report-import";
import { pagesGoals, pagesSection } from "./report-pages";

/**
 * tsx bench/report.ts — renders bench/results.md from the JSON the parts left in bench/out/
 * (viewport.json, http.json, browser.json, pages.json, export.json). Each part calls this after it runs, so results.md always
 * holds every part's latest figures, each with its own date and load average.
 */

function runLine(name: string, info: RunInfo): string {
  return `- ${name}: ${info.generatedAt}, ${info.seconds.toFixed(0)} s, load average ${la(info.loadAverageStart)} at the start and ${la(info.loadAverageEnd)} at the end.`;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

function statsRow(label: string, s: Stats): string {
  return `| ${label} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.max)} |`;
}

function sizeTables(results: ViewportSizeResult[], heading: string): string[] {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(
      `### ${r.size.toLocaleString("en")} entries${heading}`,
      "",
      `${r.entries} entries (${r.published} published), ${r.relations} relations. Entries returned per viewport: mean ${r.returned.mean.toFixed(0)}, max ${r.returned.max}; ` +
        `${(r.returned.truncatedShare * 100).toFixed(0)}% matched more than the limit (modes: ${Object.entries(r.modes)
          .map(([m, n]) => `${m} ${n}`)
          .join(", ")}). ` +
        `App requests answered as: ${Object.entries(r.app.modes)
          .map(([m, n]) => `${m} ${n}`)
          .join(", ")}.` +
        (r.memory
          ? ` Measuring process after the timed queries (every index and cache built, before the baseline): heap ${mb(r.memory.heapUsed)}, resident ${mb(r.memory.rss)}.`
          : "") +
        (r.readAheadMs !== undefined
          ? ` The background read-ahead of every summary row finished ${fmt(r.readAheadMs)} after the warm-up, before the timed queries.`
          : ""),
      "",
      "| Measure | p50 | p95 | max |",
      "|---|---|---|---|",
      statsRow(`queryViewport (${r.viewports} viewports)`, r.query),
      ...Object.entries(r.queryByMode).map(([mode, s]) => statsRow(`— answered as ${mode} (${r.modes[mode]})`, s)),
      statsRow(`naive baseline: load all + filter in JS (${r.baselineRuns} viewports)`, r.baseline),
      statsRow(`app requests (${r.app.requests})`, r.app.all),
      statsRow("— map requests", r.app.map),
      statsRow("— timeline requests", r.app.timeline),
      `| response JSON, raw | ${kb(r.rawBytes.p50)} | ${kb(r.rawBytes.p95)} | ${kb(r.rawBytes.max)} |`,
      `| response JSON, gzipped | ${kb(r.gzipBytes.p50)} | ${kb(r.gzipBytes.p95)} | ${kb(r.gzipBytes.max)} |`,
      `| app responses, gzipped | ${kb(r.app.gzipBytes.p50)} | ${kb(r.app.gzipBytes.p95)} | ${kb(r.app.gzipBytes.max)} |`,
      "",
    );
  }
  return lines;
}

function viewportSection(v: ViewportBenchOutput): string[] {
  const lines = [
    "## 1. Database: queryViewport in-process (`bench/viewport-bench.ts`)",
    "",
    `Synthetic collections from \`bench/synthetic/generate-collection.ts\` (seed 1; ~70% in Europe, mostly in dense clusters). ` +
      `${VIEWPORTS} fixed viewports (seeded, \`bench/lib/viewports.ts\`): map boxes from city to subcontinent size, 60% over Europe, some across the antimeridian, ` +
      "80% with a 5–50-year time window; 75% ask for map aggregates, the rest plain; locale en or ru; default limit 500; 20 warm-up queries. " +
      "The baseline loads every published entry's summary columns through Prisma and filters, sorts and cuts in JavaScript. " +
      `"App requests" are the ${VIEWPORTS * 2} requests the explorer sends for the same viewports (per viewport one map request: bbox, zoom, ` +
      `aggregate=map, require=coordinates, limit=${APP_LIMIT}; one timeline request: the window padded as the explorer pads it, aggregate=timeline, require=dates, limit=${APP_LIMIT}), ` +
      "parsed by the route's schema and timed around queryViewport only; 40 warm-up requests. " +
      "Each size runs in a fresh process, so the figures include building the in-memory indexes during the warm-up, not in the timed queries. " +
      "The timed queries start once the server's background read-ahead of every published summary row (started by the first query of a collection version) has finished, " +
      "so they show a server that has been up for a while; until then a first view of a region reads its rows itself.",
    "",
    ...v.notes.flatMap((note) => [`Note: ${note}`, ""]),
    "### SQLite (`data/synthetic-<n>.db`)",
    "",
    ...(v.results.length ? sizeTables(v.results, ", SQLite") : ["Not run.", ""]),
    ...modeTable(
      "App requests in-process on SQLite, by view and result mode:",
      v.results.map((r) => [r.size.toLocaleString("en"), r.app.byMode, r.app.modes]),
    ),
    ...postgresSection(v.postgresql),
  ];
  return lines;
}

function postgresSection(pg: PostgresViewportRun | undefined): string[] {
  const lines = ["### PostgreSQL (a throwaway cluster)", ""];
  if (!pg) return [...lines, "Not run (`--databases` left it out).", ""];
  if (pg.skipped) return [...lines, `**Not measured**: ${pg.skipped}.`, ""];
  lines.push(
    `${pg.server ?? "PostgreSQL"}, a fresh cluster from \`scripts/postgres-test-cluster.sh\` (fsync off, 127.0.0.1, default settings otherwise), removed afterwards; ` +
      "each size's collection loaded by the same generator (`scripts/generate-synthetic-data.ts --database postgresql://…`, same seed, same rows) into its own database, " +
      `migrated with prisma.postgres.config.ts; then the same measures as above. Loading took ${Object.entries(pg.loadSeconds)
        .map(([size, s]) => `${Number(size).toLocaleString("en")}: ${s.toFixed(0)} s`)
        .join(", ")}; ` +
      `the whole PostgreSQL part ${pg.seconds.toFixed(0)} s.`,
    "",
  );
  if (pg.failed) lines.push(`**Failed**: ${pg.failed}`, "");
  lines.push(...sizeTables(pg.results, ", PostgreSQL"));
  lines.push(
    ...modeTable(
      "App requests in-process on PostgreSQL, by view and result mode:",
      pg.results.map((r) => [r.size.toLocaleString("en"), r.app.byMode, r.app.modes]),
    ),
  );
  return lines;
}

function httpSection(h: HttpBenchOutput): string[] {
  const lines = [
    "## 2. HTTP: the viewport API through `next start` (`bench/http-bench.ts`)",
    "",
    `Production build in \`${h.build.distDir}\` (${h.build.rebuilt ? `built for this run in ${h.build.seconds.toFixed(0)} s` : "the existing build: made by run-all just before, or newer than the sources"}), ` +
      "`next start` on 127.0.0.1 with `DATABASE_URL=file:./data/synthetic-<n>.db`, one server per size. " +
      `The same ${VIEWPORTS * 2} app requests as above, sent one after another over one keep-alive connection with \`Accept-Encoding: gzip\` after 40 warm-up requests; ` +
      'time from sending the request to the last byte of the body. "In-process" is queryViewport on the same requests in a separate process just before the server started ' +
      '(bench/viewport-bench.ts --app-only), meant to see the same machine load (on a shared machine not guaranteed). "Floor" is 60 sequential requests that do no real work.',
    "",
    "| Entries | HTTP p50 | HTTP p95 | HTTP max | in-process p50 | in-process p95 | ratio p50 | ratio p95 | on the wire p50 / p95 / max | gzipped | floor: empty viewport p50 / robots.txt p50 |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of h.results) {
    lines.push(
      `| ${r.size.toLocaleString("en")} | ${fmt(r.http.all.p50)} | ${fmt(r.http.all.p95)} | ${fmt(r.http.all.max)} | ${fmt(r.raw.all.p50)} | ${fmt(r.raw.all.p95)} | ` +
        `${ratio(r.http.all.p50, r.raw.all.p50)} | ${ratio(r.http.all.p95, r.raw.all.p95)} | ${kb(r.wireBytes.p50)} / ${kb(r.wireBytes.p95)} / ${kb(r.wireBytes.max)} | ` +
        `${(r.gzippedShare * 100).toFixed(0)}% | ${fmt(r.floor?.emptyViewport.p50)} / ${fmt(r.floor?.robots.p50)} |`,
    );
  }
  lines.push("", "By view (HTTP p50 / p95, in-process p50 / p95):", "");
  for (const r of h.results) {
    lines.push(
      `- ${r.size.toLocaleString("en")}: map ${fmt(r.http.map.p50)} / ${fmt(r.http.map.p95)} (in-process ${fmt(r.raw.map.p50)} / ${fmt(r.raw.map.p95)}); ` +
        `timeline ${fmt(r.http.timeline.p50)} / ${fmt(r.http.timeline.p95)} (in-process ${fmt(r.raw.timeline.p50)} / ${fmt(r.raw.timeline.p95)}); ` +
        `${r.requests} requests, ${r.errors} errors, ${r.non200} not 200; server ready ${(r.serverStartMs / 1000).toFixed(1)} s after start` +
        (r.stoppedEarly ? `; **stopped early**: ${r.stoppedEarly}` : "") +
        ".",
    );
  }
  lines.push("");
  lines.push(
    ...modeTable(
      "HTTP, by view and result mode:",
      h.results.map((r) => [r.size.toLocaleString("en"), r.byMode, r.modes]),
    ),
  );
  lines.push("### Load test (autocannon)", "");
  if (h.load) {
    const l = h.load;
    lines.push(
      `${l.connections} connections for ${l.durationSeconds.toFixed(0)} s against the ${l.size.toLocaleString("en")}-entry server, cycling through the ${l.urls} app URLs, \`Accept-Encoding: gzip\`, 10 s timeout. ` +
        `The load generator runs on the same ${h.machine.cores}-core machine as the server, so it competes with it for CPU.`,
      "",
      "| Requests/s | Requests | Errors | Timeouts | Non-2xx | Latency p50 | p90 | p99 | max | Throughput |",
      "|---|---|---|---|---|---|---|---|---|---|",
      `| ${l.requestsPerSecond.toFixed(0)} | ${l.requestsTotal} | ${l.errors} | ${l.timeouts} | ${l.non2xx} | ${l.latency.p50} ms | ${l.latency.p90} ms | ${l.latency.p99} ms | ${l.latency.max} ms | ${kb(l.throughputBytesPerSecond)}/s |`,
      "",
      `Status codes: ${
        Object.entries(l.statusCodes)
          .map(([c, n]) => `${c}: ${n}`)
          .join(", ") || "—"
      }. Load average right after: ${la(l.loadAverageAfter)}.`,
      "",
    );
  } else lines.push(h.loadError ? `Load test failed: ${h.loadError}` : "Load test not run.", "");
  for (const note of h.notes) lines.push(`Note: ${note}`, "");
  return lines;
}

function modeTable(title: string, rows: [string, Record<string, Stats> | undefined, Record<string, number>][]): string[] {
  const withData = rows.filter(([, byMode]) => byMode && Object.keys(byMode).length);
  if (!withData.length) return [];
  const lines = [title, "", "| Entries | View: answered as | Requests | p50 | p95 | max |", "|---|---|---|---|---|---|"];
  for (const [size, byMode, modes] of withData) {
    for (const [mode, st] of Object.entries(byMode!).sort())
      lines.push(`| ${size} | ${mode} | ${modes[mode] ?? st.n ?? ""} | ${fmt(st.p50)} | ${fmt(st.p95)} | ${fmt(st.max)} |`);
  }
  lines.push("");
  return lines;
}

function goals(
  v: ViewportBenchOutput | null,
  h: HttpBenchOutput | null,
  b: BrowserBenchOutput | null,
  p: PagesBenchOutput | null,
  e: ExportBenchOutput | null,
  i: ImportBenchOutput | null,
  s: StartBenchOutput | null,
): string[] {
  const lines = ["## Against the goals", ""];
  // Database
  const databases: [string, ViewportSizeResult[] | undefined, string | undefined][] = [
    ["SQLite", v?.results, undefined],
    ["PostgreSQL", v?.postgresql?.results, v?.postgresql ? (v.postgresql.skipped ?? v.postgresql.failed) : "not run"],
  ];
  for (const [name, results, why] of databases) {
    const r = results?.find((x) => x.size === 100_000);
    lines.push(
      `- Database (${name}): queryViewport p95 < 10 ms at 100k: ${mark(verdict(r ? r.query.p95 < 10 : null))}` +
        (r
          ? ` — p95 ${fmt(r.query.p95)}, p50 ${fmt(r.query.p50)} on the mixed viewport set; on the app's own requests p95 ${fmt(r.app.all.p95)} (map ${fmt(r.app.map.p95)}, timeline ${fmt(r.app.timeline.p95)}).`
          : why
            ? ` — ${why}.`
            : "."),
    );
    const million = results?.find((x) => x.size === 1_000_000);
    if (million) {
      lines.push(
        `- Database (${name}) at 1,000,000 (server side, beyond the goals' 100k): queryViewport p95 ${fmt(million.query.p95)}, p50 ${fmt(million.query.p50)}; ` +
          `app requests p95 ${fmt(million.app.all.p95)}; largest response ${kb(million.gzipBytes.max)} gzipped.`,
      );
    }
  }
  // HTTP
  if (h?.results.length) {
    for (const r of h.results) {
      const p50 = r.http.all.p50 / r.raw.all.p50;
      const p95 = r.http.all.p95 / r.raw.all.p95;
      const db = v?.results.find((x) => x.size === r.size)?.app.all;
      // The in-process reference ran minutes apart from the HTTP pass; on a shared machine the load can change in between.
      const unreliable = p50 < 1 || p95 < 1;
      lines.push(
        `- HTTP ≤ 1.5× in-process at ${r.size.toLocaleString("en")}: ${unreliable ? "**unclear**" : mark(verdict(p50 <= 1.5 && p95 <= 1.5))} — p50 ${fmt(r.http.all.p50)} vs ${fmt(r.raw.all.p50)} (${p50.toFixed(1)}×), ` +
          `p95 ${fmt(r.http.all.p95)} vs ${fmt(r.raw.all.p95)} (${p95.toFixed(1)}×)` +
          (db
            ? `; against the database part's run of the same requests ${ratio(r.http.all.p50, db.p50)} at p50, ${ratio(r.http.all.p95, db.p95)} at p95`
            : "") +
          `; a request that does no work already costs ${fmt(r.floor?.emptyViewport.p50)} (p50), so at small sizes the fixed cost of next start dominates the ratio.` +
          (unreliable
            ? ' HTTP came out faster than in-process: the machine was busier while the in-process reference ran, so this ratio says nothing; the load averages are in "Runs".'
            : ""),
      );
    }
    const first = h.results.find((r) => r.size === 1000);
    const last = h.results.find((r) => r.size === 100_000);
    if (first && last) {
      const g = last.http.all.p95 / first.http.all.p95;
      lines.push(
        `- HTTP p95 grows < 2× from 1k to 100k: ${mark(verdict(g < 2))} — ${fmt(first.http.all.p95)} → ${fmt(last.http.all.p95)} (${g.toFixed(1)}×).`,
      );
    } else lines.push(`- HTTP p95 growth 1k → 100k: ${mark("not measured")}.`);
    const maxWire = Math.max(...h.results.map((r) => r.wireBytes.max));
    const allGz = h.results.every((r) => r.gzippedShare === 1);
    lines.push(
      `- Response ≤ 60 KB gzipped: ${mark(verdict(maxWire <= KB60 && allGz))} — largest on the wire ${kb(maxWire)}${allGz ? ", every response gzip-encoded" : ", **not every response was gzip-encoded**"}.`,
    );
  } else lines.push(`- HTTP goals (≤ 1.5× in-process, p95 growth < 2×, ≤ 60 KB gzipped): ${mark("not measured")}.`);
  if (h?.load) {
    const l = h.load;
    lines.push(
      `- Load (${l.connections} connections, ${l.durationSeconds.toFixed(0)} s, ${l.size.toLocaleString("en")}): 0 errors ${mark(verdict(l.errors === 0 && l.non2xx === 0))} (${l.errors} errors, ${l.timeouts} timeouts, ${l.non2xx} non-2xx); ` +
        `p99 < 250 ms ${mark(verdict(l.latency.p99 < 250))} (p99 ${l.latency.p99} ms, p50 ${l.latency.p50} ms, ${l.requestsPerSecond.toFixed(0)} requests/s).`,
    );
  } else lines.push(`- Load test (0 errors, p99 < 250 ms): ${mark("not measured")}${h?.loadError ? ` — ${h.loadError}` : ""}.`);
  lines.push(...browserGoals(b));
  lines.push(...pagesGoals(p));
  lines.push(...exportGoals(e));
  lines.push(...importGoals(i, s));
  lines.push("");
  return lines;
}

export function renderResults(): string {
  const v = readResult<ViewportBenchOutput>("viewport");
  const h = readResult<HttpBenchOutput>("http");
  const b = readResult<BrowserBenchOutput>("browser");
  const p = readResult<PagesBenchOutput>("pages");
  const e = readResult<ExportBenchOutput>("export");
  const c = readResult<ClassroomBenchOutput>("classroom");
  const i = readResult<ImportBenchOutput>("import");
  const s = readResult<StartBenchOutput>("start");
  const m = (v ?? h ?? b ?? p ?? e)?.machine ?? machine();
  const notes = readResult<{ notes: string[] }>("run-all")?.notes ?? [];
  const lines = [
    "# Benchmarks",
    "",
    `Written ${new Date().toISOString()} by \`bench/report.ts\` from bench/out/*.json. \`npm run bench\` (bench/run-all.ts) runs every part; each part also runs alone ` +
      "(`tsx bench/viewport-bench.ts`, `tsx bench/http-bench.ts`, `tsx bench/browser-bench.ts`, `tsx bench/pages-bench.ts`, `tsx bench/export-bench.ts`) and rewrites this file with its new figures.",
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, Node.js ${m.node}, ${m.os}. Load average now: ${la(loadAverage())}. ` +
      "The machine is shared with other work (load averages below); the tails and the load test are the most affected.",
    "",
    "Runs:",
    "",
    ...(v ? [runLine("database (viewport-bench)", v)] : ["- database: not run"]),
    ...(h ? [runLine("HTTP (http-bench)", h)] : ["- HTTP: not run"]),
    ...(b ? [runLine("browser (browser-bench)", b)] : ["- browser: not run"]),
    ...(p ? [runLine("pages (pages-bench)", p)] : ["- pages: not run"]),
    ...(e ? [runLine("exports (export-bench)", e)] : ["- exports: not run"]),
    ...(i ? [`- imports (import-bench): ${i.generatedAt}, load average ${la(i.loadAverage)} at the end.`] : ["- imports: not run"]),
    ...notes.map((n) => `- ${n}`),
    "",
    ...goals(v, h, b, p, e, i, s),
    ...(v ? viewportSection(v) : []),
    ...(h ? httpSection(h) : []),
    ...(b ? browserSection(b) : []),
    ...(p ? pagesSection(p) : []),
    ...(e ? exportSection(e) : []),
    ...(i ? importSection(i) : []),
    ...(c ? classroomSection(c) : []),
  ];
  return lines.join("\n");
}

/**
 * Sections written by hand (figures from harnesses that are not part of `npm run bench`, such as the trust harness)
 * follow this line in results.md; a rewrite keeps everything after it as it was.
 */
export const KEPT_SECTIONS_MARKER = "<!-- Sections below are kept as they are when bench/report.ts rewrites this file. -->";

/** Everything after the marker in `existing`, or "" when there is none. */
export function keptSections(existing: string): string {
  const at = existing.indexOf(KEPT_SECTIONS_MARKER);
  return at < 0 ? "" : existing.slice(at + KEPT_SECTIONS_MARKER.length).replace(/^\n+/, "");
}

export function writeResultsFile(): void {
  const file = path.join(ROOT, "bench", "results.md");
  const kept = keptSections(fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");
  fs.writeFileSync(file, `${renderResults()}\n\n${KEPT_SECTIONS_MARKER}\n\n${kept}`);
  console.log("Wrote bench/results.md");
}

if (process.argv[1]?.endsWith("report.ts")) writeResultsFile();
