import "server-only";
import { db } from "@/lib/db";
import type { ImportJobStatus } from "./import-job";

/** Moves a job on: running when a runner takes it, and done, cancelled or failed (with why) when it stops. */
export async function setImportJobStatus(id: string, status: ImportJobStatus, failure: string | null = null): Promise<void> {
  const finished = status === "done" || status === "cancelled" || status === "failed";
  await db.importJob.update({ where: { id }, data: { status, failure, ...(finished ? { finishedAt: new Date() } : {}) } });
}
