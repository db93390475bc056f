import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUnfinished } from "./import-job";

/**
 * Checks that an import is one whose entries can be counted and moved: refuses an import that does
 * not exist (404), has not finished (409), or was a dry run (422).
 */
export async function requireFinishedImport(id: string): Promise<void> {
  const job = await db.importJob.findUnique({ where: { id }, select: { status: true, dryRun: true, finishedAt: true } });
  if (!job) throw new AppError("NOT_FOUND", "There is no such import.");
  if (isUnfinished(job.status) || !job.finishedAt) throw new AppError("CONFLICT", "The import has not finished yet.");
  if (job.dryRun) throw new AppError("INVALID_INPUT", "A dry run writes no entries: there is nothing to send for review or publish.");
}
