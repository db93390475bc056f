import { parentPort } from "node:worker_threads";
import type { ImportTask, ImportTaskOutcome } from "./import-task";
import { toImportTaskFailure } from "./import-task-failure";

/**
 * Does one task: a job's modules and its database client are loaded only for a job (a check reads
 * the file and touches no database). The client is this thread's own (lib/db keeps one per
 * globalThis) on the same DATABASE_URL, closed before the answer, so the worker holds no connection
 * once it has answered.
 */
async function perform(task: ImportTask): Promise<unknown> {
  if (task.kind === "check") {
    const { inspectImportFile } = await import("./inspect-import-file");
    return inspectImportFile(task.fileName, task.bytes);
  }
  const { db } = await import("@/lib/db");
  try {
    const { workThroughImportJob } = await import("./work-through-import-job");
    return await workThroughImportJob(task.id, new Date(task.staleBefore));
  } finally {
    await db.$disconnect();
  }
}

/**
 * An import worker (started by lib/import/in-import-worker.ts, through import-worker-boot.mjs): takes
 * tasks one at a time from the server's thread and answers each with its outcome.
 */
parentPort!.on("message", (task: ImportTask) => {
  perform(task).then(
    (value): void => parentPort!.postMessage({ ok: true, value } satisfies ImportTaskOutcome),
    (error: unknown): void => parentPort!.postMessage({ ok: false, failure: toImportTaskFailure(error) } satisfies ImportTaskOutcome),
  );
});
