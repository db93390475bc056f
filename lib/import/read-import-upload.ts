import { decodeImportText } from "./decode-import-text";
import { type ImportFormat, importFormatOf } from "./import-format";
import type { ParsedImport } from "./import-row";
import { parseImportFile } from "./parse-import-file";

/**
 * An uploaded file, read whole before anything is written: its text (UTF-8 only), its format (its
 * name and its content must agree) and its rows. Throws the AppError that refuses the whole file.
 */
export function readImportUpload(fileName: string, bytes: Uint8Array): { format: ImportFormat; parsed: ParsedImport } {
  const text = decodeImportText(bytes);
  const format = importFormatOf(fileName, text);
  return { format, parsed: parseImportFile(format, text) };
}
