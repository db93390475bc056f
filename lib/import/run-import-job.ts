import "server-only";
import { claimImportJob } from "@/lib/data/imports/claim-import-job";
import { getImportActor } from "@/lib/data/imports/get-import-actor";
import { readImportJobRun } from "@/lib/data/imports/read-import-job-run";
import { recordImportBatch } from "@/lib/data/imports/record-import-batch";
import { setImportJobStatus } from "@/lib/data/imports/set-import-job-status";
import { decodeImportText } from "./decode-import-text";
import { importBatch, newImportRun } from "./import-batch";
import { readImportFile } from "./import-files";
import type { ImportFormat } from "./import-format";
import { IMPORT_BATCH_ROWS } from "./import-limits";
import { emptyOutcome } from "./import-report";
import { parseImportFile } from "./parse-import-file";
import { importReason } from "./report-text";

/** Lets the server answer the requests that came in while a batch was written. */
const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Works through a job from where it got to, once it has claimed it (see claimImportJob): the file is read again (it was checked whole when it was
 * uploaded), rows already done are skipped (re-doing one would change nothing: the import is
 * idempotent), and the rest go in batches, each recorded with its counts and report rows before the
 * next. Between batches it yields to other requests and stops if someone asked it to. Rows the file
 * could not read are reported in the first batch.
 */
export async function runImportJob(id: string, staleBefore: Date): Promise<void> {
  if (!(await claimImportJob(id, staleBefore))) return;
  const job = (await readImportJobRun(id))!;
  if (job.cancelRequested) return setImportJobStatus(id, "cancelled");
  try {
    const actor = await getImportActor(job.createdById);
    if (!actor) return setImportJobStatus(id, "failed", "The account that started the import no longer exists.");
    const { rows, unreadable } = parseImportFile(job.format as ImportFormat, decodeImportText(await readImportFile(job.filePath)));
    const run = newImportRun(actor, job.dryRun);
    // Earlier rows' ids, so a restarted job still refuses a later row that repeats one.
    for (const row of rows.slice(0, Math.max(0, job.processedRows - unreadable.length))) {
      if (row.externalId) run.seenExternalIds.add(row.externalId);
      if (row.entry.slug) run.seenSlugs.add(row.entry.slug);
    }
    if (job.processedRows === 0 && unreadable.length > 0) {
      const outcome = emptyOutcome();
      outcome.failed = unreadable.length;
      outcome.report = unreadable.map((row) => ({ line: row.line, outcome: "failed", title: "", reason: importReason(row.reason) }));
      await recordImportBatch(id, unreadable.length, outcome);
    }
    let done = Math.max(0, job.processedRows - unreadable.length);
    while (done < rows.length) {
      const batch = rows.slice(done, done + IMPORT_BATCH_ROWS);
      const outcome = await importBatch(batch, run);
      done += batch.length;
      const { cancelRequested } = await recordImportBatch(id, batch.length, outcome);
      if (cancelRequested) return setImportJobStatus(id, "cancelled");
      await yieldToOtherRequests();
    }
    await setImportJobStatus(id, "done");
  } catch (error) {
    await setImportJobStatus(id, "failed", error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}
