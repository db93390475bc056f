import "server-only";
import { claimImportJob } from "@/lib/data/imports/claim-import-job";
import { getImportActor } from "@/lib/data/imports/get-import-actor";
import { parseImportReading } from "@/lib/data/imports/import-job";
import { readImportJobRun } from "@/lib/data/imports/read-import-job-run";
import { recordImportBatch } from "@/lib/data/imports/record-import-batch";
import { setImportJobStatus } from "@/lib/data/imports/set-import-job-status";
import { type ImportRun, importBatch, newImportRun } from "./import-batch";
import { readImportFile } from "./import-files";
import type { ImportFormat } from "./import-format";
import { IMPORT_BATCH_ROWS, IMPORT_BATCH_TEXT_CHARS } from "./import-limits";
import { type ImportRecord, isUnreadable } from "./import-row";
import { readImportRecords } from "./read-import-records";

/** A record done before a restart: its ids still count, so a later row that repeats one is refused. */
function remember(run: ImportRun, record: ImportRecord): void {
  if (isUnreadable(record)) return;
  if (record.externalId) run.seenExternalIds.add(record.externalId);
  if (record.entry.slug) run.seenSlugs.add(record.entry.slug);
}

/** About how much text a record brings into its batch (its fields as JSON). */
const textChars = (record: ImportRecord) => (isUnreadable(record) ? 0 : JSON.stringify(record.entry).length);

/**
 * Works through a job from where it got to, once it has claimed it (see claimImportJob): the file is
 * read again (it was checked whole when it was uploaded) a batch at a time (so many rows, or so much
 * text: import-limits.ts), so only one batch of rows is ever held; records already done are skipped (re-doing one would change nothing: the import is
 * idempotent), and each batch is recorded with its counts and report rows before the next is read.
 * Between batches it stops if someone asked it to. Runs in an import worker (runImportJob), never on
 * the server's event loop.
 */
export async function workThroughImportJob(id: string, staleBefore: Date): Promise<void> {
  if (!(await claimImportJob(id, staleBefore))) return;
  const job = (await readImportJobRun(id))!;
  if (job.cancelRequested) return setImportJobStatus(id, "cancelled");
  try {
    const actor = await getImportActor(job.createdById);
    if (!actor) return setImportJobStatus(id, "failed", "The account that started the import no longer exists.");
    const run = newImportRun(actor, job.dryRun, id);
    /** Writes a batch and records it; true when someone asked the job to stop. */
    const write = async (batch: ImportRecord[]) => {
      const { cancelRequested } = await recordImportBatch(id, batch.length, await importBatch(batch, run));
      return cancelRequested;
    };
    let read = 0;
    let batch: ImportRecord[] = [];
    let batchChars = 0;
    const reading = parseImportReading(job.readingOptions) ?? undefined;
    for await (const record of readImportRecords(job.format as ImportFormat, readImportFile(job.filePath), reading)) {
      if (read++ < job.processedRows) {
        remember(run, record);
        continue;
      }
      batch.push(record);
      batchChars += textChars(record);
      if (batch.length < IMPORT_BATCH_ROWS && batchChars < IMPORT_BATCH_TEXT_CHARS) continue;
      if (await write(batch)) return setImportJobStatus(id, "cancelled");
      batch = [];
      batchChars = 0;
    }
    if (batch.length > 0 && (await write(batch))) return setImportJobStatus(id, "cancelled");
    await setImportJobStatus(id, "done");
  } catch (error) {
    await setImportJobStatus(id, "failed", error instanceof Error ? error.message.split("\n")[0]! : String(error));
  }
}
