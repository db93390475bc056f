import "server-only";
import { db } from "@/lib/db";

/**
 * Takes a job for this runner: one waiting, or one running without a heartbeat since `staleBefore`
 * (its server stopped). False when another runner has it, so two never work on one job.
 */
export async function claimImportJob(id: string, staleBefore: Date): Promise<boolean> {
  const { count } = await db.importJob.updateMany({
    where: { id, OR: [{ status: "queued" }, { status: "running", updatedAt: { lt: staleBefore } }] },
    data: { status: "running" },
  });
  return count === 1;
}
