import "server-only";
import { db } from "@/lib/db";

/** What a runner needs to (re)start a job: its file, where it got to, and who started it. */
export async function readImportJobRun(id: string) {
  return db.importJob.findUnique({
    where: { id },
    select: {
      id: true,
      format: true,
      filePath: true,
      byteSize: true,
      dryRun: true,
      processedRows: true,
      cancelRequested: true,
      createdById: true,
      readingOptions: true,
    },
  });
}
