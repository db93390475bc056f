import { getHeapStatistics } from "node:v8";
import { parentPort } from "node:worker_threads";
import type { ImportTask, ImportTaskFailure, ImportTaskOutcome } from "./import-task";
import { toImportTaskFailure } from "./import-task-failure";

/**
 * Does one task: a job's modules and its database client are loaded only for a job (a check reads
 * the file and touches no database). The client is this thread's own (lib/db keeps one per
 * globalThis) on the same DATABASE_URL, closed before the answer, so the worker holds no connection
 * once it has answered.
 */
async function perform(task: ImportTask): Promise<unknown> {
  if (task.kind === "warm") {
    await Promise.all([import("./inspect-import-file"), import("./work-through-import-job"), import("@/lib/db")]);
    return null;
  }
  if (task.kind === "check") {
    const { inspectImportFile } = await import("./inspect-import-file");
    return inspectImportFile(task.fileName, task.bytes, task.reading);
  }
  const { db } = await import("@/lib/db");
  try {
    const { workThroughImportJob } = await import("./work-through-import-job");
    return await workThroughImportJob(task.id, new Date(task.staleBefore));
  } finally {
    await db.$disconnect();
  }
}

/** This thread's heap (used and kept from the system), at its largest since the task began: sampled between batches. */
let heapPeak = 0;
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, getHeapStatistics().total_heap_size);
};
setInterval(sampleHeap, 20).unref();

/**
 * An import worker (started by lib/import/in-import-worker.ts, through lib/threads/typescript-worker-boot.mjs): takes
 * tasks one at a time from the server's thread and answers each with its outcome.
 */
parentPort!.on("message", (task: ImportTask) => {
  heapPeak = 0;
  sampleHeap();
  const answer = (outcome: { ok: true; value: unknown } | { ok: false; failure: ImportTaskFailure }) => {
    sampleHeap();
    parentPort!.postMessage({ ...outcome, heapPeakMb: Math.round(heapPeak / 1e5) / 10 } satisfies ImportTaskOutcome);
  };
  perform(task).then(
    (value) => answer({ ok: true, value }),
    (error: unknown) => answer({ ok: false, failure: toImportTaskFailure(error) }),
  );
});
