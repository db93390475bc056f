import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadAverage, machine, ROOT, runIfMain, writeResult } from "./lib/common";
import { prepareImportBenchDatabase } from "./lib/import-bench-database";
import type { ImportBenchOutput } from "./lib/import-types";
import { measureStep } from "./lib/measure-step";

/**
 * tsx bench/import-bench.ts [--rows 10000]
 *
 * Imports a generated CSV of the export's columns (titles in both languages, aliases, dates of every
 * precision, points spread over Europe, a source address and a theme on some rows) into a fresh
 * SQLite database holding the reference collection, as the server does it (startImport: the upload
 * checked in an import worker, then the job in batches in a worker of its own, lib/import/in-import-worker.ts),
 * and again (every row unchanged). Records the wall and CPU time of each (CPU of the whole process,
 * workers included), the peak resident memory of the process (workers included: they are threads of
 * it) and the main thread's JavaScript heap sampled every 20 ms, the most import workers alive at
 * once, each worker's heap at its largest against its limit, and what the job counted. Writes
 * bench/out/import.json. Run with NODE_OPTIONS=--expose-gc to also record the main thread's heap
 * still in use after each import, and to take the baseline after a collection.
 *
 * What the process holds is what a server's process holds for an import, less Next.js itself: tsx,
 * the main thread's database client (with Prisma's query compiler), the import's modules, the upload
 * as bytes, and the import workers. The database is prepared in another process (as `npm start`
 * does), and the kept worker is started and idle before the first import, as after someone has
 * looked at the imports page; what it costs alone is recorded as `keptWorkerMb`.
 */

const round = (n: number) => Math.round(n * 10) / 10;

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A deterministic spread of rows (a linear congruential generator, so every run imports the same
 * file), written to a file a thousand lines at a time and read back as the bytes of an upload: the
 * making of the file leaves no garbage in the heap the bench measures.
 */
function generateCsv(rows: number, header: readonly string[]): Uint8Array {
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const dates = ["1942", "1943-02", "1944-06-22", "1941-06/1945-05", "1967~", ""];
  const file = path.join(ROOT, "bench", ".tmp", `import-bench-${rows}.csv`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${["external_id", ...header].join(",")}\r\n`);
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const cells: Record<string, string> = {
      external_id: `bench-${i}`,
      kind: i % 3 === 0 ? "event" : "memorial",
      title_en: `Bench memorial ${i} at ${["Orel", "Tula", "Pskov", "Kursk", "Smolensk"][i % 5]}`,
      title_ru: `Мемориал ${i}`,
      aliases_en: `Memorial number ${i}\nSite ${i}`,
      summary_en: "A generated entry for the import benchmark, with a sentence or two of text.",
      description_en: "Longer text. ".repeat(20),
      date: dates[i % dates.length]!,
      latitude: (45 + random() * 15).toFixed(5),
      longitude: (25 + random() * 20).toFixed(5),
      location_precision: "exact",
      country: "RU",
      sources: i % 10 === 0 ? `https://example.org/source-${i % 50}` : "",
      tags: i % 20 === 0 ? "battle-of-stalingrad" : "",
    };
    lines.push(["external_id", ...header].map((name) => csvCell(cells[name] ?? "")).join(","));
    if (lines.length === 1000 || i === rows - 1) {
      fs.appendFileSync(file, `${lines.join("\r\n")}\r\n`);
      lines = [];
    }
  }
  return fs.readFileSync(file);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" } } });
  const rows = Number(values.rows);
  const { db, actor } = await prepareImportBenchDatabase("import-bench");
  const { CSV_HEADER } = await import("@/lib/open-data/csv-record");
  const { startImport } = await import("@/lib/import/start-import");
  const { getImportJob } = await import("@/lib/data/imports/get-import-job");
  const { endIdleImportWorker, liveImportWorkers, recentImportWorkerHeaps, warmImportWorker } = await import(
    "@/lib/import/in-import-worker"
  );
  const file = generateCsv(rows, CSV_HEADER);
  const gc = () => (globalThis as { gc?: () => void }).gc?.();
  const rssMb = () => round(process.memoryUsage().rss / 1e6);

  /** Waits for the kept worker (started when the upload's check was loaded) to have loaded what it runs. */
  async function keptWorkerWarm() {
    warmImportWorker();
    while (!recentImportWorkerHeaps().some((heap) => heap.kind === "warm")) await new Promise((resolve) => setTimeout(resolve, 50));
  }

  async function importOnce() {
    const heapsBefore = recentImportWorkerHeaps().length;
    let mostWorkers = liveImportWorkers();
    const counter = setInterval(() => {
      mostWorkers = Math.max(mostWorkers, liveImportWorkers());
    }, 20);
    const { result: finished, ...measure } = await measureStep(async () => {
      const job = await startImport({ fileName: "bench.csv", bytes: file, dryRun: false, actor });
      for (;;) {
        const now = (await getImportJob(job.id, { reportLimit: 0 }))!;
        // The job's worker records its heap as it answers, just after the job is marked finished.
        const heaps = recentImportWorkerHeaps().slice(heapsBefore);
        if (now.status !== "queued" && now.status !== "running" && heaps.some((heap) => heap.kind === "run")) return { now, heaps };
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, round);
    clearInterval(counter);
    gc();
    return {
      ...measure,
      mostWorkersAtOnce: mostWorkers,
      heapAfterGcMb: "gc" in globalThis ? round(process.memoryUsage().heapUsed / 1e6) : null,
      workers: finished.heaps.map(({ kind, heapPeakMb, heapLimitMb }) => ({ kind, heapPeakMb, heapLimitMb })),
      status: finished.now.status,
      counts: finished.now.counts,
      rowsPerSecond: Math.round(rows / measure.seconds),
    };
  }

  await keptWorkerWarm();
  gc();
  const baselineRssMb = rssMb();
  const baselineHeapMb = round(process.memoryUsage().heapUsed / 1e6);
  // What the kept worker costs alone: the baseline without it, then it again.
  await endIdleImportWorker();
  gc();
  const keptWorkerMb = round(baselineRssMb - rssMb());
  await keptWorkerWarm();
  const first = await importOnce();
  const again = await importOnce();
  const entries = await db.entry.count();
  const revisions = await db.revision.count();
  const searchDocuments = await db.searchDocument.count();
  const result: ImportBenchOutput = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverage: loadAverage(),
    rows,
    fileMb: round(file.byteLength / 1e6),
    mallocArenaMax: process.env.MALLOC_ARENA_MAX ?? null,
    baselineRssMb,
    baselineHeapMb,
    keptWorkerMb,
    first,
    again,
    database: { entries, revisions, searchDocuments },
    goals: { seconds: 30, peakRssMb: 300 },
  };
  writeResult("import", result);
  // Loaded only now: the report's modules are not part of what the import's memory is measured with.
  const { writeResultsFile } = await import("./report");
  writeResultsFile();
  console.log(JSON.stringify(result, null, 2));
  await db.$disconnect();
}

runIfMain("import-bench.ts", main, { asServerProcess: true });
