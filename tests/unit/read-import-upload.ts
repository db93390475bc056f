import { checkImportUpload } from "@/lib/import/check-import-upload";
import { byteChunks } from "@/lib/import/import-bytes";
import { type ImportRow, isUnreadable, type UnreadableRow } from "@/lib/import/import-row";
import { readImportRecords } from "@/lib/import/read-import-records";

/** An upload read as the importer reads it (checked first, then its records in order), gathered for a test to look at. */
export async function readImportUpload(fileName: string, bytes: Uint8Array) {
  const { format, totalRows } = await checkImportUpload(fileName, bytes);
  const rows: ImportRow[] = [];
  const unreadable: UnreadableRow[] = [];
  for await (const record of readImportRecords(format, byteChunks(bytes))) {
    if (isUnreadable(record)) unreadable.push(record);
    else rows.push(record);
  }
  return { format, totalRows, parsed: { rows, unreadable } };
}
