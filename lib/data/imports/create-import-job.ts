import "server-only";
import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { ImportFormat } from "@/lib/import/import-format";
import type { ImportReading } from "@/lib/validation/import-upload";
import { type ImportJobView, importJobSelect, toImportJobView } from "./import-job";

/** Records a new import, queued, for a file already stored at `filePath` (under the uploads directory). */
export async function createImportJob(input: {
  id: string;
  format: ImportFormat;
  fileName: string;
  filePath: string;
  byteSize: number;
  dryRun: boolean;
  totalRows: number;
  /** How the file is read (its check's answer); absent: UTF-8, our columns, commas. */
  reading?: ImportReading;
  actor: StaffUser;
}): Promise<ImportJobView> {
  const { actor, reading, ...fields } = input;
  const row = await db.importJob.create({
    data: { ...fields, readingOptions: reading ? JSON.stringify(reading) : null, createdById: actor.id, createdByEmail: actor.email },
    select: importJobSelect,
  });
  return toImportJobView(row);
}
