import type { ImportReading } from "@/lib/validation/import-upload";
import { detectCsvDelimiter } from "./csv-delimiter";
import { decodeImportText } from "./decode-import-text";
import { byteChunks } from "./import-bytes";
import { type ImportFormat, importFormatOf } from "./import-format";
import { readImportRecords } from "./read-import-records";

/** Text enough for a CSV's header line: its delimiter is told by it. */
const FIRST_TEXT_CHARS = 65_536;

/**
 * The file's first text that is not white space, to its first line's end where the first chunks
 * hold it (what its format, and a CSV's delimiter, are told by), decoded from its first chunks.
 */
async function firstText(bytes: Uint8Array, reading: ImportReading): Promise<string> {
  let text = "";
  for await (const chunk of decodeImportText(byteChunks(bytes), reading.encoding)) {
    text += chunk;
    const start = text.trimStart();
    if (start && (start.includes("\n") || text.length >= FIRST_TEXT_CHARS)) break;
  }
  return text;
}

/** What an upload holds, once read through. */
export interface UploadSummary {
  format: ImportFormat;
  totalRows: number;
  /** How the file was read, for its job to read it the same way: a CSV's delimiter as given or detected. */
  reading: ImportReading;
}

/**
 * An uploaded file, read whole before anything is written: its format (its name and its content
 * must agree) and how many records it holds, each read and let go, so a long CSV takes no more
 * memory than a short one. A CSV is read with the delimiter asked for, or the one its header line
 * uses, and its column mapping; the mapping and delimiter mean nothing to GeoJSON and KML and are
 * dropped for them. Throws the AppError that refuses the whole file. Runs in an import worker
 * (checkImportUpload), never on the server's event loop.
 */
export async function inspectImportFile(fileName: string, bytes: Uint8Array, asked: ImportReading): Promise<UploadSummary> {
  const text = await firstText(bytes, asked);
  const format = importFormatOf(fileName, text);
  const reading: ImportReading =
    format === "csv" ? { ...asked, delimiter: asked.delimiter ?? detectCsvDelimiter(text.trimStart()) } : { encoding: asked.encoding };
  let totalRows = 0;
  for await (const _ of readImportRecords(format, byteChunks(bytes), reading)) totalRows++;
  return { format, totalRows, reading };
}
