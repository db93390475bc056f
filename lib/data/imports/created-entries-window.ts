import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUnfinished } from "./import-job";

/** Milliseconds since the epoch, both ends included. */
export interface TimeSpan {
  from: number;
  to: number;
}

/**
 * Whose new entries, and when, were an import job's: the audit log's `entry.create` lines by the
 * person who started it within these spans are the entries it created. (An entry does not name the
 * import that made it; the audit line of its creation is written in the same transaction as the entry.)
 */
export interface CreatedEntriesWindow {
  actorId: string;
  spans: TimeSpan[];
}

/**
 * The window of a finished import that wrote entries. Refuses an import that does not exist (404),
 * has not finished (409), or was a dry run (422). Null when its account is gone: nothing is its own.
 */
export async function createdEntriesWindow(id: string): Promise<CreatedEntriesWindow | null> {
  const job = await db.importJob.findUnique({
    where: { id },
    select: { status: true, dryRun: true, createdById: true, createdAt: true, finishedAt: true },
  });
  if (!job) throw new AppError("NOT_FOUND", "There is no such import.");
  if (isUnfinished(job.status) || !job.finishedAt) throw new AppError("CONFLICT", "The import has not finished yet.");
  if (job.dryRun) throw new AppError("INVALID_INPUT", "A dry run writes no entries: there is nothing to send for review or publish.");
  if (!job.createdById) return null;
  const others = await db.importJob.findMany({
    where: { id: { not: id }, createdAt: { lt: job.finishedAt }, finishedAt: { gte: job.createdAt, lt: job.finishedAt } },
    select: { createdAt: true, finishedAt: true },
  });
  return {
    actorId: job.createdById,
    spans: spansOfJob(
      { from: job.createdAt.getTime(), to: job.finishedAt.getTime() },
      others.map((other) => ({ from: other.createdAt.getTime(), to: other.finishedAt!.getTime() })),
    ),
  };
}

/**
 * When a job was the one running: from its upload to its end, less the time others that finished
 * before it were. A server runs its imports one after another (lib/import/import-job-runner.ts), so
 * while a job waits in the queue the one before it writes: anything written before that one
 * finished is that one's.
 */
export function spansOfJob(job: TimeSpan, finishedBefore: readonly TimeSpan[]): TimeSpan[] {
  let spans = [job];
  for (const other of finishedBefore) {
    spans = spans.flatMap((span) => {
      if (other.to < span.from || other.from > span.to) return [span];
      return [
        ...(other.from > span.from ? [{ from: span.from, to: other.from - 1 }] : []),
        ...(other.to < span.to ? [{ from: other.to + 1, to: span.to }] : []),
      ];
    });
  }
  return spans;
}
