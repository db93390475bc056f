import "server-only";
import { findStalledImportJobs } from "@/lib/data/imports/find-stalled-import-jobs";
import { processSingleton } from "@/lib/process-singleton";
import { warmImportWorker } from "./in-import-worker";
import { runImportJob } from "./run-import-job";

/** A running job writes a batch at least this often; one silent for longer was left by a server that stopped. */
const STALLED_AFTER_MS = 2 * 60_000;

/** The jobs this process is working on: one runner per job, jobs one after another so two never compete for the database. */
const runner = processSingleton("import-job-runner", () => ({ active: new Set<string>(), queue: Promise.resolve() }));

/** Starts a job in this server process, after those it is already running; returns at once. */
export function startImportJob(id: string): void {
  if (runner.active.has(id)) return;
  runner.active.add(id);
  runner.queue = runner.queue
    .then(() => runImportJob(id, new Date(Date.now() - STALLED_AFTER_MS)))
    .catch((error) => console.error(`import ${id}:`, error))
    .finally(() => runner.active.delete(id));
}

/** Whether this process is working on the job. */
export function isImportJobActive(id: string): boolean {
  return runner.active.has(id);
}

/**
 * Takes up jobs no server is working on: queued ones, and running ones without a heartbeat (their
 * server stopped mid-way). Called when a job or the list is looked at, so a restart never strands a
 * job; and readies the import worker for the upload that may follow.
 */
export async function resumeStalledImportJobs(): Promise<void> {
  warmImportWorker();
  for (const id of await findStalledImportJobs(new Date(Date.now() - STALLED_AFTER_MS))) startImportJob(id);
}
