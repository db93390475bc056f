import { decodeImportText } from "./decode-import-text";
import { byteChunks } from "./import-bytes";
import { type ImportFormat, importFormatOf } from "./import-format";
import { readImportRecords } from "./read-import-records";

/** The file's first text that is not white space (what its format is told by), decoded from its first chunks. */
async function firstText(bytes: Uint8Array): Promise<string> {
  let text = "";
  for await (const chunk of decodeImportText(byteChunks(bytes))) {
    text += chunk;
    if (text.trim()) break;
  }
  return text;
}

/** What an upload holds, once read through. */
export interface UploadSummary {
  format: ImportFormat;
  totalRows: number;
}

/**
 * An uploaded file, read whole before anything is written: its format (its name and its content
 * must agree) and how many records it holds, each read and let go, so a long CSV takes no more
 * memory than a short one. Throws the AppError that refuses the whole file. Runs in an import
 * worker (checkImportUpload), never on the server's event loop.
 */
export async function inspectImportFile(fileName: string, bytes: Uint8Array): Promise<UploadSummary> {
  const format = importFormatOf(fileName, await firstText(bytes));
  let totalRows = 0;
  for await (const _ of readImportRecords(format, byteChunks(bytes))) totalRows++;
  return { format, totalRows };
}
