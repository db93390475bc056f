import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { refusal, waitFor } from "./async-checks";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { storedImportFiles } from "./stored-import-files";
import { setupTestDatabase } from "./test-database";

/**
 * Large and broken KML through the importer as the server runs it: the upload's check and the job in
 * import workers whose heaps importWorkerHeapMb sizes. A KML was parsed whole, at about 50 MB of heap
 * per MB of file, so one over about 8 MB was refused for memory although uploads may be 25 MB.
 */
setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "imports-"));
const { startImport } = await import("@/lib/import/start-import");
const { checkImportUpload } = await import("@/lib/import/check-import-upload");
const { importWorkerHeapMb, MAX_KML_FEATURE_CHARS } = await import("@/lib/import/import-limits");
const { recentImportWorkerHeaps } = await import("@/lib/import/in-import-worker");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { readImportUpload } = await import("./read-import-upload");
const { db } = await import("@/lib/db");

const MB = 1024 * 1024;
/** The kept worker's heap (lib/import/in-import-worker.ts): a KML of any size now needs no more than a small CSV. */
const SMALL_HEAP_MB = 160;
const utf8 = (text: string) => new TextEncoder().encode(text);
const kml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n${body}</Document></kml>\n`;

/** Placemarks from `placemark` until the file has `megabytes`; how many there are. */
function kmlOf(megabytes: number, placemark: (i: number) => string): { bytes: Uint8Array; count: number } {
  const parts: string[] = [];
  let size = 0;
  while (size < megabytes * MB) {
    const part = placemark(parts.length);
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return { bytes: utf8(kml(parts.join(""))), count: parts.length };
}

const tiny = (i: number) =>
  `<Placemark id="t-${i}"><name>Place ${i}</name><Point><coordinates>37.6,55.7</coordinates></Point></Placemark>\n`;
const described = (i: number) =>
  `<Placemark id="d-${i}"><name>Memorial ${i}</name><description>${"A memorial to those who fell here. ".repeat(45)}</description>` +
  `<TimeStamp><when>1945-05-09</when></TimeStamp><ExtendedData><Data name="kind"><value>memorial</value></Data>` +
  `<Data name="country"><value>RU</value></Data></ExtendedData><Point><coordinates>${(30 + (i % 1000) / 50).toFixed(4)},${(50 + Math.floor(i / 1000) / 5).toFixed(4)}</coordinates></Point></Placemark>\n`;

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
}, 120_000);

describe("a KML larger than a whole-file parse could take", () => {
  it("is checked in a worker with a small heap: 12 MB of tiny placemarks", async () => {
    const { bytes, count } = kmlOf(12, tiny);
    expect(count).toBeGreaterThan(100_000);
    const heapMb = importWorkerHeapMb(bytes.byteLength, "kml");
    expect(heapMb).toBeLessThanOrEqual(SMALL_HEAP_MB);
    expect(await checkImportUpload("large.kml", bytes)).toEqual({ format: "kml", totalRows: count, reading: { encoding: "utf-8" } });
    expect(recentImportWorkerHeaps().at(-1)).toMatchObject({ kind: "check", heapLimitMb: heapMb });
  }, 240_000);

  it("is checked and imported by its job: 12 MB of placemarks with descriptions, dates and ExtendedData, a dry run", async () => {
    const { bytes, count } = kmlOf(12, described);
    expect(importWorkerHeapMb(bytes.byteLength, "kml")).toBeLessThanOrEqual(SMALL_HEAP_MB);
    const job = await startImport({ fileName: "described.kml", bytes, dryRun: true, actor: CURATOR });
    expect(job).toMatchObject({ status: "queued", totalRows: count });
    await waitFor(async () => ["done", "failed"].includes((await getImportJob(job.id, { reportLimit: 0 }))!.status), 240_000);
    expect(await getImportJob(job.id, { reportLimit: 5 })).toMatchObject({
      status: "done",
      processedRows: count,
      counts: { created: count },
      report: [],
    });
  }, 300_000);

  it("with one placemark of a 20 MB description, is read around it: the others imported, it reported", async () => {
    const phrase = "Очень длинное описание. ";
    const huge = `<Placemark id="huge"><name>Huge</name><description>${phrase.repeat(Math.ceil((20 * MB) / Buffer.byteLength(phrase)))}</description></Placemark>\n`;
    const bytes = utf8(kml(`${tiny(1)}${huge}${tiny(2)}`));
    expect(bytes.byteLength).toBeGreaterThan(20 * MB);
    const { parsed, totalRows } = await readImportUpload("huge.kml", bytes);
    expect(totalRows).toBe(3);
    expect(parsed.rows.map((row) => row.externalId)).toEqual(["t-1", "t-2"]);
    expect(parsed.unreadable).toEqual([{ line: 2, reason: expect.objectContaining({ key: "placemarkTooLarge" }) }]);
    expect(MAX_KML_FEATURE_CHARS).toBeLessThan(10 * MB);
  }, 240_000);
});

describe("a KML that is not well-formed at its very end", () => {
  it("is refused whole on upload, with a 422 that says where; nothing stored, no job", async () => {
    const { bytes } = kmlOf(2, tiny);
    const broken = utf8(
      `${new TextDecoder().decode(bytes).replace("</Document></kml>", "<Placemark><name>Unclosed</name></Document></kml>")}`,
    );
    const jobs = await db.importJob.count();
    const files = storedImportFiles();
    const error = await refusal(() => startImport({ fileName: "broken.kml", bytes: broken, dryRun: false, actor: CURATOR }));
    expect(error).toMatchObject({
      code: "INVALID_INPUT",
      status: 422,
      message: expect.stringMatching(/cannot be read as KML: \d+:\d+: .*Nothing was imported/),
    });
    expect(await db.importJob.count()).toBe(jobs);
    expect(storedImportFiles()).toEqual(files);
    expect(await db.entry.count({ where: { externalId: { startsWith: "t-" } } })).toBe(0);
  }, 240_000);
});
