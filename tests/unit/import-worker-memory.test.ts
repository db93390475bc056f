import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "imports-"));
const { startImport } = await import("@/lib/import/start-import");
const { resumeStalledImportJobs } = await import("@/lib/import/import-job-runner");
const { liveImportWorkers, recentImportWorkerHeaps, warmImportWorker } = await import("@/lib/import/in-import-worker");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { db } = await import("@/lib/db");

const ROWS = 3000;

/** A CSV over the size the kept worker takes (1 MB): its check and its job each get a worker of their own. */
function largeCsv(): Uint8Array {
  const lines = ["external_id,kind,title_en,summary_en,description_en,date,latitude,longitude"];
  for (let i = 0; i < ROWS; i++) {
    const latitude = (45 + (i % 100) * 0.13).toFixed(4);
    const longitude = (25 + Math.floor(i / 100) * 0.37).toFixed(4);
    lines.push(
      `memory-${i},memorial,Memorial ${i},A memorial of the memory test,${"Longer text. ".repeat(30)},1942,${latitude},${longitude}`,
    );
  }
  return new TextEncoder().encode(`${lines.join("\r\n")}\r\n`);
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
}, 120_000);

describe("a large CSV import's memory", () => {
  it("has the import workers to itself: the idle kept worker is ended, and looking at the job does not start it again", async () => {
    // The kept worker, started and idle, as when someone has looked at the imports before uploading.
    const warmed = recentImportWorkerHeaps().length;
    warmImportWorker();
    await until(() => liveImportWorkers() === 1 && recentImportWorkerHeaps().length > warmed);
    const bytes = largeCsv();
    expect(bytes.byteLength).toBeGreaterThan(1024 * 1024);

    let most = 0;
    const sampler = setInterval(() => {
      most = Math.max(most, liveImportWorkers());
    }, 5);
    const heapsBefore = recentImportWorkerHeaps().length;
    try {
      const job = await startImport({ fileName: "large.csv", bytes, dryRun: false, actor: CURATOR });
      // As the job's page does each time it shows the progress.
      await until(async () => {
        await resumeStalledImportJobs();
        return !["queued", "running"].includes((await getImportJob(job.id, { reportLimit: 0 }))!.status);
      });
      expect((await getImportJob(job.id, { reportLimit: 0 }))!).toMatchObject({ status: "done", counts: { created: ROWS } });
    } finally {
      clearInterval(sampler);
    }
    expect(most).toBe(1);

    // The job's worker reports its heap as it answers, just after the job is marked done.
    await until(() =>
      recentImportWorkerHeaps()
        .slice(heapsBefore)
        .some((heap) => heap.kind === "run"),
    );
    const run = recentImportWorkerHeaps()
      .slice(heapsBefore)
      .find((heap) => heap.kind === "run")!;
    // A streamed CSV's heap: its old generation's limit and a small young generation, not V8's defaults.
    expect(run.heapPeakMb).toBeLessThanOrEqual(80);
  }, 240_000);

  it("imports rows of the longest texts the editor takes within the CSV worker's heap", async () => {
    const rows = 300;
    const long = (word: string) => `${word} `.repeat(19_000 / (word.length + 1)).trim();
    const lines = ["external_id,kind,title_en,title_ru,description_en,description_ru"];
    for (let i = 0; i < rows; i++) lines.push(`long-${i},memorial,Long text ${i},Long text ru ${i},${long("Memorial")},${long("Pamyat")}`);
    const bytes = new TextEncoder().encode(lines.join("\r\n"));
    const job = await startImport({ fileName: "long-texts.csv", bytes, dryRun: false, actor: CURATOR });
    await until(async () => !["queued", "running"].includes((await getImportJob(job.id, { reportLimit: 0 }))!.status));
    const done = (await getImportJob(job.id, { reportLimit: 5 }))!;
    expect(done).toMatchObject({ status: "done", failure: null, counts: { created: rows, failed: 0 } });
  }, 240_000);
});
