import { kb } from "./lib/common";
import type { ExportBenchOutput, ExportRun, TimedRequests } from "./lib/export-types";
import { fmt, mark, verdict } from "./report-format";

/** The exports part of bench/results.md: its section and its lines under "Against the goals". */

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const GOAL_FORMATS = ["geojson", "csv"];

function runCells(r: ExportRun, label = r.format): string {
  return (
    `| ${label} | ${r.status} | ${fmt(r.firstByteMs)} | ${fmt(r.totalMs)} | ${fmt(r.serverCpuMs)} | ${r.records.toLocaleString("en")} of ${r.expected.toLocaleString("en")} | ` +
    `${mb(r.wireBytes)} (${r.encoding}) | ${mb(r.rawBytes)} | ${mb(r.rssBefore)} | +${mb(r.growth)} | +${mb(r.growthSinceStart)} |`
  );
}

function listLine(name: string, t: TimedRequests): string {
  return `| ${name} | ${t.requests} | ${t.non200} | ${fmt(t.ms.p50)} | ${fmt(t.ms.p95)} | ${fmt(t.ms.max)} | ${kb(t.wireBytes.p50)} |`;
}

/** What served the app in a run: what `npm start` runs, or a bare `next start`. */
const serverName = (e: ExportBenchOutput) => (e.server === "serve" ? "`scripts/serve.ts` (as `npm start` serves)" : "`next start`");

export function exportSection(e: ExportBenchOutput): string[] {
  return [
    `## 5. Open data: exports and the public API through ${serverName(e)} (\`bench/export-bench.ts\`)`,
    "",
    `${serverName(e)} (build in \`${e.build.distDir}\`) on \`data/synthetic-${e.size}.db\`; each export file of the whole published collection downloaded in one request with ` +
      "`Accept-Encoding: gzip`, one format after another, every format twice. First byte: from sending the request to the first byte of the body. Records are counted in the file " +
      "(GeoJSON features, CSV rows parsed by csv-parse, KML placemarks, JSON-LD graph nodes) against the published entries in the database. Server CPU: the CPU time of the server's processes (every thread) during the download, which a loaded machine does not inflate as it does wall time. Memory: resident set of the server's " +
      `whole process group, sampled every 50 ms; "before" is the lowest of five samples taken just before the download, "since start" counts from ${mb(e.startRss)} measured after the ` +
      "warm-up (a place search, which waits for the gazetteer the server builds in the background after it starts, one list page, the first export and one single-entry export of each format). " +
      (e.firstExport
        ? 'The first row is the first export after the server started, before any other: its route\'s code loads during it (the export worker has loaded in the background since the server started), and its "since start" counts from its own "before". '
        : "") +
      `The server was ready ${(e.serverStartMs / 1000).toFixed(1)} s after it started.`,
    "",
    "| Format | Status | First byte | Whole file | Server CPU | Records | On the wire | Uncompressed | RSS before | RSS growth | since start |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
    ...(e.firstExport ? [runCells(e.firstExport, `${e.firstExport.format} (first after start)`)] : []),
    ...e.exports.map((r) => runCells(r)),
    "",
    `Revalidating the whole CSV file with its ETag: ${e.revalidation.notModified} of ${e.revalidation.requests} answered 304, p50 ${fmt(e.revalidation.ms.p50)}, max ${fmt(e.revalidation.ms.max)}.`,
    "",
    "Public list API (sequential, one connection; walks follow `next`):",
    "",
    "| Requests | Count | Not 200 | p50 | p95 | max | on the wire p50 |",
    "|---|---|---|---|---|---|---|",
    listLine("GET /api/v1/entries?limit=200, first 30 pages", e.lists.entriesWalk!),
    listLine("…&kinds=memorial&bbox=20,40,60,70, first 10 pages", e.lists.entriesFilteredWalk!),
    listLine("GET /api/v1/entries?limit=50&q=memorial", e.lists.entriesSearch!),
    listLine("GET /api/v1/relations?limit=200, first 10 pages", e.lists.relationsWalk!),
    listLine("GET /api/v1/articles?limit=50, first 3 pages", e.lists.articlesWalk!),
    listLine("GET /api/v1/entries/{slug}?format=geojson", e.lists.entryGeojson!),
    "",
    ...e.notes.map((note) => `Note: ${note}`),
    "",
  ];
}

export function exportGoals(e: ExportBenchOutput | null): string[] {
  if (!e)
    return [
      `- Export of 100k entries as GeoJSON and CSV (first byte < 500 ms, whole file < 10 s, memory growth < 100 MB): ${mark("not measured")}.`,
    ];
  return GOAL_FORMATS.map((format) => {
    const runs = [...(e.firstExport ? [e.firstExport] : []), ...e.exports].filter((r) => r.format === format);
    if (!runs.length) return `- Export as ${format}: ${mark("not measured")}.`;
    const complete = runs.every((r) => r.status === 200 && r.records === r.expected);
    const first = Math.max(...runs.map((r) => r.firstByteMs));
    const whole = Math.max(...runs.map((r) => r.totalMs));
    const growth = Math.max(...runs.map((r) => r.growth));
    return (
      `- Export of ${e.size.toLocaleString("en")} entries as ${format} (worst of ${runs.length} runs): every record ${mark(verdict(complete))}; ` +
      `first byte < 500 ms ${mark(verdict(first < 500))} (${fmt(first)}); whole file < 10 s ${mark(verdict(whole < 10_000))} (${fmt(whole)}); ` +
      `server memory growth < 100 MB ${mark(verdict(growth < 100 * 2 ** 20))} (+${mb(growth)} resident).`
    );
  });
}
