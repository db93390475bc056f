import "server-only";
import { randomUUID } from "node:crypto";
import type { StaffUser } from "@/lib/auth/current-user";
import { createImportJob } from "@/lib/data/imports/create-import-job";
import type { ImportJobView } from "@/lib/data/imports/import-job";
import type { ImportReading } from "@/lib/validation/import-upload";
import { checkImportUpload } from "./check-import-upload";
import { removeImportFile, storeImportFile } from "./import-files";
import { startImportJob } from "./import-job-runner";

/**
 * An upload becomes a job: the file is read whole first (a file that is not what it claims is refused
 * here, with nothing stored and nothing written), then kept on disk, recorded, and started in this
 * server process. The rows are imported by the job, batch by batch, read from the file again as
 * each batch is written, the way the check read it (kept with the job).
 */
export async function startImport(input: {
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  actor: StaffUser;
  /** How to read the file: UTF-8, and a CSV in our columns with the delimiter its header uses, unless said. */
  reading?: ImportReading;
}): Promise<ImportJobView> {
  const { format, totalRows, reading } = await checkImportUpload(input.fileName, input.bytes, input.reading);
  const id = randomUUID();
  const filePath = await storeImportFile(id, format, input.bytes);
  try {
    const job = await createImportJob({
      id,
      format,
      fileName: input.fileName.slice(0, 255),
      filePath,
      byteSize: input.bytes.byteLength,
      dryRun: input.dryRun,
      totalRows,
      reading,
      actor: input.actor,
    });
    startImportJob(id);
    return job;
  } catch (error) {
    await removeImportFile(filePath);
    throw error;
  }
}
