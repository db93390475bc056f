import "server-only";
import { db } from "@/lib/db";
import { MAX_REPORT_ROWS } from "@/lib/import/import-limits";
import type { BatchOutcome } from "@/lib/import/import-report";
import { parseReport } from "./import-job";

/**
 * Adds a batch's outcome to its job: the counts, the rows it went through, and its report rows (up to
 * the cap). Also the job's heartbeat (updatedAt), by which a job left running by a stopped server is
 * told from one still being worked on. Returns whether someone asked the job to stop.
 */
export async function recordImportBatch(id: string, rows: number, outcome: BatchOutcome): Promise<{ cancelRequested: boolean }> {
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.findUniqueOrThrow({ where: { id }, select: { report: true } });
    const report = outcome.report.length ? parseReport(job.report) : null;
    if (report) report.push(...outcome.report.slice(0, Math.max(0, MAX_REPORT_ROWS - report.length)));
    const updated = await tx.importJob.update({
      where: { id },
      data: {
        processedRows: { increment: rows },
        createdCount: { increment: outcome.created },
        updatedCount: { increment: outcome.updated },
        unchangedCount: { increment: outcome.unchanged },
        duplicateCount: { increment: outcome.duplicates },
        failedCount: { increment: outcome.failed },
        ...(report ? { report: JSON.stringify(report) } : {}),
      },
      select: { cancelRequested: true },
    });
    return updated;
  });
}
