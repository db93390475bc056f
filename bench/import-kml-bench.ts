import { parseArgs } from "node:util";
import { loadAverage, machine, runIfMain, writeResult } from "./lib/common";
import { prepareImportBenchDatabase } from "./lib/import-bench-database";
import { measureStep } from "./lib/measure-step";

/**
 * tsx bench/import-kml-bench.ts [--sizes 2,10,25] [--jobs]
 *
 * KML (and, to compare, GeoJSON) files of the export's shape (lib/open-data/formats/*-format.ts) and
 * hostile shapes, checked as an upload is (inspectImportFile in an import worker): for each, the
 * smallest worker heap (old generation) the check succeeds in within the upload check's time limit,
 * found by trying a ladder of limits,
 * and the CPU time of the check at the heap importWorkerHeapMb gives it. With --jobs, each export-shaped
 * KML is also imported as a dry-run job at that heap (rows per second, CPU). Writes bench/out/import-kml.json.
 */

const round = (n: number) => Math.round(n * 10) / 10;
const MB = 1024 * 1024;
const HEAP_LADDER_MB = [16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: "string", default: "2,10,25" }, jobs: { type: "boolean", default: false } } });
  const sizes = values.sizes.split(",").map(Number);
  const { actor } = await prepareImportBenchDatabase("import-kml-bench");
  const { kmlFormat } = await import("@/lib/open-data/formats/kml-format");
  const { geojsonFormat } = await import("@/lib/open-data/formats/geojson-format");
  const { inImportWorker } = await import("@/lib/import/in-import-worker");
  const { importWorkerHeapMb, IMPORT_CHECK_TIMEOUT_MS, MAX_IMPORT_BYTES } = await import("@/lib/import/import-limits");
  const { startImport } = await import("@/lib/import/start-import");
  const { getImportJob } = await import("@/lib/data/imports/get-import-job");
  type Exported = Parameters<ReturnType<typeof kmlFormat.writer>["page"]>[0][number];

  const exported = (i: number): Exported => ({
    slug: `bench-kml-${i}`,
    kind: i % 3 === 0 ? "event" : "memorial",
    date: "1943-02",
    period: { start: { year: 1943, month: 2, circa: false } },
    latitude: 45 + ((i * 7919) % 15000) / 1000,
    longitude: 25 + ((i * 104729) % 20000) / 1000,
    locationPrecision: "exact",
    countryCode: "RU",
    wikidataId: null,
    texts: {
      en: {
        title: `Bench memorial ${i}`,
        aliases: [],
        summary: "A generated entry for the KML import benchmark.",
        description: "Longer text. ".repeat(20),
        placeName: "",
        locationNote: "",
        authors: "",
        dimensions: "",
      },
    },
    sources: [],
    tags: [],
  });
  const context = { locale: "en", pageUrl: (slug: string) => `http://localhost/en/entries/${slug}`, openingName: (t: string) => t };

  /** A file of the format's head, pages of entries until `megabytes`, and tail. */
  function exportShaped(format: typeof kmlFormat, megabytes: number): { bytes: Uint8Array; rows: number } {
    const writer = format.writer(context as Parameters<typeof format.writer>[0]);
    const parts = [writer.head()];
    let size = parts[0]!.length;
    let rows = 0;
    while (size < megabytes * MB - 64 * 1024) {
      const page = writer.page(Array.from({ length: 100 }, (_, k) => exported(rows + k)));
      rows += 100;
      parts.push(page);
      size += Buffer.byteLength(page);
    }
    parts.push(writer.tail());
    return { bytes: new TextEncoder().encode(parts.join("")), rows };
  }
  const kml = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n${body}</Document></kml>\n`;
  const tinyPlacemarks = (count: number) =>
    kml(
      Array.from({ length: count }, (_, i) => `<Placemark id="t${i}"><Point><coordinates>1,2</coordinates></Point></Placemark>\n`).join(""),
    );
  const phrase = "Очень длинное описание. ";
  const hugeDescription = kml(
    `<Placemark><name>Huge</name><description>${phrase.repeat(Math.ceil((20 * MB) / Buffer.byteLength(phrase)))}</description></Placemark>`,
  );

  const files: { name: string; fileName: string; bytes: Uint8Array; rows: number; job: boolean }[] = [];
  for (const megabytes of sizes)
    files.push({ name: `KML export shape, ${megabytes} MB`, fileName: "bench.kml", ...exportShaped(kmlFormat, megabytes), job: true });
  files.push({
    name: "KML, 200,000 tiny placemarks",
    fileName: "tiny.kml",
    bytes: new TextEncoder().encode(tinyPlacemarks(200_000)),
    rows: 200_000,
    job: false,
  });
  files.push({
    name: "KML, one 20 MB description",
    fileName: "huge.kml",
    bytes: new TextEncoder().encode(hugeDescription),
    rows: 1,
    job: false,
  });
  files.push({
    name: "GeoJSON export shape, 25 MB (parsed whole)",
    fileName: "bench.geojson",
    ...exportShaped(geojsonFormat as typeof kmlFormat, 24.5),
    job: false,
  });

  const results = [];
  for (const file of files) {
    if (file.bytes.byteLength > MAX_IMPORT_BYTES) throw new Error(`${file.name} is over the upload limit`);
    // A heap just too small makes V8 collect over and over rather than fail: a limit at which the check
    // takes longer than an upload's check may is one the file does not fit in either.
    const check = (heapMb: number) =>
      inImportWorker<{ totalRows: number }>(
        { kind: "check", fileName: file.fileName, bytes: file.bytes, reading: { encoding: "utf-8" } },
        { heapMb, fileBytes: file.bytes.byteLength, timeoutMs: IMPORT_CHECK_TIMEOUT_MS },
      );
    let smallestHeapMb: number | null = null;
    for (const heapMb of HEAP_LADDER_MB) {
      try {
        await check(heapMb);
        smallestHeapMb = heapMb;
        break;
      } catch {
        // Out of memory at this limit: try the next.
      }
    }
    const givenHeapMb = importWorkerHeapMb(file.bytes.byteLength, file.fileName.endsWith(".kml") ? "kml" : "geojson");
    const measured = await measureStep(
      () =>
        check(givenHeapMb).then(
          (summary) => summary.totalRows,
          (error: Error) => error.message,
        ),
      round,
    );
    let job = null;
    if (values.jobs && file.job) {
      const run = await measureStep(async () => {
        const started = await startImport({ fileName: file.fileName, bytes: file.bytes, dryRun: true, actor });
        for (;;) {
          const now = (await getImportJob(started.id, { reportLimit: 0 }))!;
          if (now.status !== "queued" && now.status !== "running") return now;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }, round);
      job = {
        status: run.result.status,
        processedRows: run.result.processedRows,
        cpuSeconds: run.cpuSeconds,
        rowsPerCpuSecond: Math.round(file.rows / run.cpuSeconds),
      };
    }
    const result = {
      name: file.name,
      fileMb: round(file.bytes.byteLength / MB),
      rows: file.rows,
      smallestHeapMb,
      givenHeapMb,
      check: { answer: measured.result, cpuSeconds: measured.cpuSeconds, rowsPerCpuSecond: Math.round(file.rows / measured.cpuSeconds) },
      job,
    };
    console.log(JSON.stringify(result));
    results.push(result);
  }
  writeResult("import-kml", { generatedAt: new Date().toISOString(), machine: machine(), loadAverage: loadAverage(), results });
}

runIfMain("import-kml-bench.ts", main, { asServerProcess: true });
