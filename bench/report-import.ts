import type { ImportBenchOutput, ImportRunFigures, StartBenchOutput } from "./lib/import-types";
import { la, mark, verdict } from "./report-format";

/** The imports part of bench/results.md: its section and its lines under "Against the goals". */

const mb = (n: number) => `${n.toFixed(1)} MB`;
const seconds = (n: number) => `${n.toFixed(1)} s`;

export function importGoals(i: ImportBenchOutput | null, s: StartBenchOutput | null): string[] {
  const lines: string[] = [];
  if (!i) lines.push(`- Import of a 10,000-row CSV (< 30 s, memory < 300 MB): ${mark("not measured")}.`);
  else {
    const done = i.first.status === "done" && i.first.counts.failed === 0;
    lines.push(
      `- Import of a ${i.rows.toLocaleString("en")}-row CSV, first time: done with every row ${mark(verdict(done))} (${(i.first.counts.created ?? 0).toLocaleString("en")} created); ` +
        `< ${i.goals.seconds} s ${mark(verdict(i.first.seconds < i.goals.seconds))} (${seconds(i.first.seconds)}, ${seconds(i.first.cpuSeconds)} CPU); ` +
        `memory < ${i.goals.peakRssMb} MB ${mark(verdict(Math.max(i.first.peakRssMb, i.again.peakRssMb) < i.goals.peakRssMb))} ` +
        `(peak resident ${mb(i.first.peakRssMb)}, again ${mb(i.again.peakRssMb)}; load ${la(i.loadAverage)}).`,
    );
  }
  if (!s) lines.push(`- \`npm start\` after a 100k import serving in < 10 s: ${mark("not measured")}.`);
  else {
    const slowest = Math.max(...s.asImported.map((run) => run.homeSeconds));
    lines.push(
      `- \`npm start\` on ${s.size.toLocaleString("en")} entries written as an import writes them, serving in < ${s.goalSeconds} s: ` +
        `${mark(verdict(slowest < s.goalSeconds))} (home page after ${seconds(slowest)} at the slowest of ${s.asImported.length}; ` +
        `${seconds(s.withoutSearchDocuments.homeSeconds)} when every search document had to be written first).`,
    );
  }
  return lines;
}

function runRow(name: string, r: ImportRunFigures): string {
  const workers = r.workers.map((w) => `${w.kind} ${mb(w.heapPeakMb)} (${w.heapLimitMb})`).join(", ");
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([what, n]) => `${n.toLocaleString("en")} ${what}`)
    .join(", ");
  return `| ${name} | ${r.status} | ${seconds(r.seconds)} | ${seconds(r.cpuSeconds)} | ${mb(r.peakRssMb)} | ${r.mostWorkersAtOnce} | ${workers} | ${counts} |`;
}

export function importSection(i: ImportBenchOutput): string[] {
  return [
    "## 6. Imports: a CSV file imported as the server imports it (`bench/import-bench.ts`)",
    "",
    `A generated ${i.rows.toLocaleString("en")}-row CSV in the export's columns (${mb(i.fileMb)}) imported into a fresh SQLite database holding the reference collection, ` +
      "through `startImport` (the upload checked in an import worker, the job in batches in a worker of its own), then the same file again (every row unchanged). " +
      "Memory is the peak resident set of the bench's whole process, workers included (they are threads of it), sampled every 20 ms: tsx, the main thread's database client, " +
      `the import's modules, the upload's bytes and the workers; not Next.js itself. The process ran as \`npm start\` runs the server (malloc arenas: ${i.mallocArenaMax ?? "not set"}). ` +
      `Before the first import it held ${mb(i.baselineRssMb)} (JavaScript heap ${mb(i.baselineHeapMb)}), of which the idle kept import worker ${mb(i.keptWorkerMb)}. ` +
      "CPU is every thread's. Workers: each task's worker heap at its largest (its old-generation limit in MB).",
    "",
    "| Run | Status | Wall | CPU | Peak RSS | Workers at once | Workers' heap | Rows |",
    "|---|---|---|---|---|---|---|---|",
    runRow("first time", i.first),
    runRow("again", i.again),
    "",
    `Afterwards the database held ${i.database.entries.toLocaleString("en")} entries, ${i.database.revisions.toLocaleString("en")} revisions and ` +
      `${i.database.searchDocuments.toLocaleString("en")} search documents (written with the entries, so the next start indexes nothing). Load average ${la(i.loadAverage)}.`,
    "",
  ];
}
