import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUnfinished } from "./import-job";

/**
 * Asks a job to stop after the batch it is writing. A job still waiting is cancelled at once. A job
 * that has finished is left as it is (asking twice, or too late, is not an error).
 */
export async function requestImportCancel(id: string): Promise<void> {
  const job = await db.importJob.findUnique({ where: { id }, select: { status: true } });
  if (!job) throw new AppError("NOT_FOUND", "There is no such import.");
  if (!isUnfinished(job.status)) return;
  await db.importJob.updateMany({ where: { id, status: { in: ["queued", "running"] } }, data: { cancelRequested: true } });
}
