import "server-only";
import { db } from "@/lib/db";

/** Jobs waiting, or running without a heartbeat since `before` (their server stopped): a runner may take them. */
export async function findStalledImportJobs(before: Date): Promise<string[]> {
  const rows = await db.importJob.findMany({
    where: { OR: [{ status: "queued" }, { status: "running", updatedAt: { lt: before } }] },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 10,
  });
  return rows.map((row) => row.id);
}
