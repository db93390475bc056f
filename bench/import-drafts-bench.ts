import { parseArgs } from "node:util";
import { loadAverage, machine, runIfMain, writeResult } from "./lib/common";
import { prepareImportBenchDatabase } from "./lib/import-bench-database";
import { measureStep } from "./lib/measure-step";

/**
 * tsx bench/import-drafts-bench.ts [--rows 10000]
 *
 * Imports a CSV of `rows` new entries into a fresh SQLite database holding the reference collection
 * (startImport, then the job), then does what the import's page does with them: counts them by
 * status (as the page renders), sends them all to review, does it again (nothing moves), and
 * publishes them all. Records the wall and CPU time of each step, the peak resident memory and
 * JavaScript heap sampled every 20 ms, and what moved. Writes bench/out/import-drafts.json.
 */

const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" } } });
  const rows = Number(values.rows);
  const { db, actor } = await prepareImportBenchDatabase("import-drafts-bench");
  const { startImport } = await import("@/lib/import/start-import");
  const { getImportJob } = await import("@/lib/data/imports/get-import-job");
  const { countImportEntries } = await import("@/lib/data/imports/count-import-entries");
  const { moveImportDrafts } = await import("@/lib/data/imports/move-import-drafts");
  const csv = ["external_id,kind,title_en", ...Array.from({ length: rows }, (_, i) => `drafts-bench-${i},place,Drafts bench place ${i}`)];
  const job = await startImport({ fileName: "drafts.csv", bytes: new TextEncoder().encode(csv.join("\r\n")), dryRun: false, actor });
  while (["queued", "running"].includes((await getImportJob(job.id, { reportLimit: 0 }))!.status)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const measured = <T>(step: () => Promise<T>) => measureStep(step, round);

  const baselineRssMb = round(process.memoryUsage().rss / 1e6);
  const count = await measured(() => countImportEntries(job.id));
  const submit = await measured(() => moveImportDrafts(job.id, { to: "in_review", actor }));
  const submitAgain = await measured(() => moveImportDrafts(job.id, { to: "in_review", actor }));
  const publish = await measured(() => moveImportDrafts(job.id, { to: "published", actor }));
  const countAfter = await measured(() => countImportEntries(job.id));
  const result = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverage: loadAverage(),
    rows,
    baselineRssMb,
    count,
    submit,
    submitAgain,
    publish,
    countAfter,
    database: {
      statusRevisions: await db.revision.count({ where: { action: "status" } }),
      statusAuditLines: await db.auditEvent.count({ where: { action: { startsWith: "entry.status." } } }),
    },
  };
  writeResult("import-drafts", result);
  console.log(JSON.stringify(result, null, 2));
  await db.$disconnect();
}

runIfMain("import-drafts-bench.ts", main);
