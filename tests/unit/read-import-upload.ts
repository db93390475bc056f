import { checkImportUpload } from "@/lib/import/check-import-upload";
import { byteChunks } from "@/lib/import/import-bytes";
import { type ImportRow, isUnreadable, type UnreadableRow } from "@/lib/import/import-row";
import { readImportRecords } from "@/lib/import/read-import-records";
import type { ImportReading } from "@/lib/validation/import-upload";

/** An upload read as the importer reads it (checked first, then its records in order as the check read them), gathered for a test to look at. */
export async function readImportUpload(fileName: string, bytes: Uint8Array, asked?: ImportReading) {
  const { format, totalRows, reading } = await checkImportUpload(fileName, bytes, asked);
  const rows: ImportRow[] = [];
  const unreadable: UnreadableRow[] = [];
  for await (const record of readImportRecords(format, byteChunks(bytes), reading)) {
    if (isUnreadable(record)) unreadable.push(record);
    else rows.push(record);
  }
  return { format, totalRows, reading, parsed: { rows, unreadable } };
}
