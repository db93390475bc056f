import "server-only";
import { readImportJobRun } from "@/lib/data/imports/read-import-job-run";
import { setImportJobStatus } from "@/lib/data/imports/set-import-job-status";
import { logger } from "@/lib/log/logger";
import { importWorkerHeapMb } from "./import-limits";
import { ImportWorkerStopped, inImportWorker } from "./in-import-worker";

function failureOf(error: ImportWorkerStopped): string {
  return error.reason === "memory"
    ? "The import needed more memory than an import may use. Split the file into smaller files and import them one by one."
    : `The import stopped unexpectedly: ${error.message}`;
}

/**
 * Works through a job (workThroughImportJob) in an import worker (one of its own for a large file),
 * with room for its file: a CSV or a KML is
 * read a batch at a time, GeoJSON is parsed whole. A worker that dies (out of memory, or a
 * crash) leaves the job failed with the reason; the batches it recorded stay written. An error the
 * job met before it began (the database busy when it claimed the job) is thrown, and the job waits
 * to be taken up again, as before.
 */
export async function runImportJob(id: string, staleBefore: Date): Promise<void> {
  const job = await readImportJobRun(id);
  if (!job) return;
  try {
    await inImportWorker(
      { kind: "run", id, staleBefore: staleBefore.getTime() },
      { heapMb: importWorkerHeapMb(job.byteSize, job.format), fileBytes: job.byteSize },
    );
  } catch (error) {
    if (!(error instanceof ImportWorkerStopped)) throw error;
    logger.error({ err: error, importJob: id }, "import job's worker failed");
    await setImportJobStatus(id, "failed", failureOf(error));
  }
}
