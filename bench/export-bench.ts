import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import { parse as parseCsv } from "csv-parse/sync";
import { ensureDatabase, loadAverage, machine, ROOT, runIfMain, sleep, stats, writeResult } from "./lib/common";
import type { ExportBenchOutput, ExportRun, TimedRequests } from "./lib/export-types";
import { ensureBuild, type RunningServer, type ServerKind, startServer } from "./lib/server";
import { writeResultsFile } from "./report";

/**
 * tsx bench/export-bench.ts [--size 100000] [--runs 2] [--no-build] [--server next|serve]
 *
 * The open data exports and the public list API through `next start` (or, with `--server serve`,
 * through scripts/serve.ts, the way `npm start` serves) on data/synthetic-<n>.db:
 * each export file downloaded whole (Accept-Encoding: gzip, as a browser asks), timed to its first
 * body byte and its last, its records counted against the published entries, and the server's
 * resident memory (every process of its group, sampled every 50 ms) compared with what it was
 * before. Then pages of GET /api/v1/entries walked by cursor, a few other list pages, and a
 * revalidation (304). Writes bench/out/export.json and bench/results.md.
 */

const FORMATS = ["geojson", "csv", "kml", "jsonld"] as const;
const REQUEST_TIMEOUT_MS = 120_000;

/**
 * Sums `measure` over every process of the group (Linux /proc). `fields` are the stat line's fields
 * after the command name (which may hold spaces) in parentheses: state, ppid, pgrp, …
 */
function sumOverGroup(pgid: number, measure: (pid: string, fields: string[]) => number): number {
  let total = 0;
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) total += measure(name, fields);
    } catch {
      /* the process went away */
    }
  }
  return total;
}

/** Resident memory of every process in the group, in bytes. */
const groupRss = (pgid: number) =>
  sumOverGroup(pgid, (pid) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024);

/** CPU time of every process in the group, every thread included, in milliseconds: utime and stime, in clock ticks of 10 ms. */
const groupCpuMs = (pgid: number) => sumOverGroup(pgid, (_, fields) => (Number(fields[11]) + Number(fields[12])) * 10);

async function settledRss(pgid: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(groupRss(pgid));
    await sleep(200);
  }
  return Math.min(...samples);
}

interface Download {
  status: number;
  firstByteMs: number;
  headersMs: number;
  totalMs: number;
  wireBytes: number;
  body: Buffer;
  headers: http.IncomingHttpHeaders;
}

function download(url: string, headers: Record<string, string> = {}): Promise<Download> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // A connection of its own (no keep-alive): counting a large file's records can take longer than the
    // server keeps an idle connection open, and the next request on it would then find it closed.
    const request = http.get(
      url,
      { headers: { "Accept-Encoding": "gzip", ...headers }, timeout: REQUEST_TIMEOUT_MS, agent: false },
      (response) => {
        const headersMs = performance.now() - t0;
        let firstByteMs = -1;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => {
          if (firstByteMs < 0) firstByteMs = performance.now() - t0;
          chunks.push(chunk);
        });
        response.on("end", () => {
          const totalMs = performance.now() - t0;
          const wire = Buffer.concat(chunks);
          const body = response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(wire) : wire;
          resolve({
            status: response.statusCode ?? 0,
            firstByteMs,
            headersMs,
            totalMs,
            wireBytes: wire.length,
            body,
            headers: response.headers,
          });
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms`)));
    request.on("error", reject);
  });
}

function countRecords(format: (typeof FORMATS)[number], body: Buffer): number {
  const text = body.toString("utf8");
  switch (format) {
    case "geojson":
      return (JSON.parse(text) as { features: unknown[] }).features.length;
    case "csv":
      return (parseCsv(text, { bom: true, columns: true }) as unknown[]).length;
    case "kml":
      return text.split("<Placemark>").length - 1;
    case "jsonld":
      return (JSON.parse(text) as { "@graph": unknown[] })["@graph"].length;
  }
}

async function exportRun(server: RunningServer, format: (typeof FORMATS)[number], expected: number, startRss: number): Promise<ExportRun> {
  const before = await settledRss(server.pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, groupRss(server.pid));
  }, 50);
  const cpuBefore = groupCpuMs(server.pid);
  try {
    const reply = await download(`${server.base}/api/v1/export/entries.${format}`);
    peak = Math.max(peak, groupRss(server.pid));
    const serverCpuMs = groupCpuMs(server.pid) - cpuBefore;
    const records = reply.status === 200 ? countRecords(format, reply.body) : 0;
    return {
      format,
      status: reply.status,
      headersMs: reply.headersMs,
      firstByteMs: reply.firstByteMs,
      totalMs: reply.totalMs,
      serverCpuMs,
      wireBytes: reply.wireBytes,
      rawBytes: reply.body.length,
      etag: String(reply.headers.etag ?? ""),
      encoding: String(reply.headers["content-encoding"] ?? "identity"),
      records,
      expected,
      rssBefore: before,
      rssPeak: peak,
      growth: peak - before,
      growthSinceStart: peak - startRss,
    };
  } finally {
    clearInterval(sampler);
  }
}

function describeRun(run: ExportRun): string {
  return (
    `first byte ${run.firstByteMs.toFixed(0)} ms, whole ${run.totalMs.toFixed(0)} ms (server CPU ${run.serverCpuMs ?? "?"} ms), ${run.records}/${run.expected} records, ` +
    `${(run.wireBytes / 2 ** 20).toFixed(1)} MB on the wire, RSS +${(run.growth / 2 ** 20).toFixed(0)} MB`
  );
}

async function timed(urls: string[]): Promise<TimedRequests> {
  const times: number[] = [];
  const bytes: number[] = [];
  let non200 = 0;
  for (const url of urls) {
    const reply = await download(url);
    if (reply.status !== 200) non200++;
    times.push(reply.totalMs);
    bytes.push(reply.wireBytes);
  }
  return { requests: urls.length, non200, ms: stats(times), wireBytes: stats(bytes) };
}

/** The first `pages` pages of a list, following `next` as a client does. */
async function walkPages(server: RunningServer, first: string, pages: number): Promise<TimedRequests> {
  const times: number[] = [];
  const bytes: number[] = [];
  let non200 = 0;
  let url: string | null = `${server.base}${first}`;
  for (let i = 0; i < pages && url; i++) {
    const reply = await download(url);
    if (reply.status !== 200) {
      non200++;
      break;
    }
    times.push(reply.totalMs);
    bytes.push(reply.wireBytes);
    const next = (JSON.parse(reply.body.toString()) as { next: string | null }).next;
    url = next ? `${server.base}${new URL(next).pathname}${new URL(next).search}` : null;
  }
  return { requests: times.length + non200, non200, ms: stats(times), wireBytes: stats(bytes) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "100000" },
      runs: { type: "string", default: "2" },
      "no-build": { type: "boolean", default: false },
      server: { type: "string", default: "next" },
    },
  });
  const size = Number(values.size);
  if (values.server !== "next" && values.server !== "serve") throw new Error(`--server is next or serve, not ${values.server}`);
  const serverKind: ServerKind = values.server;
  const runs = Number(values.runs);
  const started = Date.now();
  const loadAverageStart = loadAverage();
  const notes: string[] = [];
  await ensureDatabase(size);
  const build = ensureBuild({ keepExisting: values["no-build"] });
  const file = path.join(ROOT, "data", `synthetic-${size}.db`);
  const sqlite = new Database(file, { readonly: true });
  const expected = (sqlite.prepare(`SELECT count(*) AS n FROM "Entry" WHERE "status" = 'published'`).get() as { n: number }).n;
  const someSlug = (sqlite.prepare(`SELECT "slug" FROM "Entry" WHERE "status" = 'published' LIMIT 1`).get() as { slug: string }).slug;
  sqlite.close();

  const server = await startServer(size, undefined, serverKind);
  try {
    // Place search waits for the gazetteer, which the server builds in the background soon after it
    // starts (instrumentation.ts): built during a download, it would be counted as the export's memory.
    await download(`${server.base}/api/v1/places?q=Sevastopol`);
    await download(`${server.base}/api/v1/entries?limit=1`);
    await sleep(2000);
    // The first export after a start loads its route's code and the export worker as it goes.
    const firstExport = await exportRun(server, "geojson", expected, await settledRss(server.pid));
    console.log(`first export after start (geojson): ${describeRun(firstExport)}`);
    // Load every format's code before measuring memory.
    for (const format of FORMATS) await download(`${server.base}/api/v1/export/entries.${format}?entry=${someSlug}`);
    await sleep(2000);
    const startRss = await settledRss(server.pid);
    const exports: ExportRun[] = [];
    for (let run = 0; run < runs; run++) {
      for (const format of FORMATS) {
        const result = await exportRun(server, format, expected, startRss);
        console.log(`${format} run ${run + 1}: ${describeRun(result)}`);
        exports.push(result);
      }
    }
    // Revalidating a whole-collection file: one small query for the ETag, no entries read.
    const whole = `${server.base}/api/v1/export/entries.csv`;
    const etag = String((await download(`${whole}?entry=${someSlug}`)).headers.etag ?? "");
    const wholeEtag = String(exports.find((r) => r.format === "csv")?.etag ?? "");
    const revalidations: Download[] = [];
    for (let i = 0; i < 10; i++) revalidations.push(await download(whole, { "If-None-Match": wholeEtag }));
    if ((await download(whole, { "If-None-Match": etag })).status !== 200) notes.push("another file's ETag was taken for this one's");

    const lists = {
      entriesWalk: await walkPages(server, "/api/v1/entries?limit=200", 30),
      entriesFilteredWalk: await walkPages(server, "/api/v1/entries?limit=200&kinds=memorial&bbox=20,40,60,70", 10),
      entriesSearch: await timed(Array.from({ length: 10 }, () => `${server.base}/api/v1/entries?limit=50&q=memorial`)),
      relationsWalk: await walkPages(server, "/api/v1/relations?limit=200", 10),
      articlesWalk: await walkPages(server, "/api/v1/articles?limit=50", 3),
      entryGeojson: await timed(Array.from({ length: 10 }, () => `${server.base}/api/v1/entries/${someSlug}?format=geojson`)),
    };
    const output: ExportBenchOutput = {
      generatedAt: new Date().toISOString(),
      machine: machine(),
      loadAverageStart,
      loadAverageEnd: loadAverage(),
      seconds: (Date.now() - started) / 1000,
      notes,
      size,
      server: serverKind,
      build,
      serverStartMs: server.startMs,
      startRss,
      firstExport,
      exports,
      revalidation: {
        notModified: revalidations.filter((r) => r.status === 304).length,
        requests: revalidations.length,
        ms: stats(revalidations.map((r) => r.totalMs)),
      },
      lists,
    };
    writeResult("export", output);
    writeResultsFile();
  } catch (error) {
    // A request that failed: say whether the server had ended (and how) or was still running.
    console.error(`server ${server.alive() ? "still running" : `ended (${server.exit()})`} when the bench failed`);
    throw error;
  } finally {
    await server.stop();
  }
}

runIfMain("export-bench.ts", main);
