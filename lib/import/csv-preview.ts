import { parse } from "csv-parse/browser/esm/sync";
import type { ImportEncoding } from "@/lib/validation/import-upload";
import { CSV_DELIMITERS, type CsvDelimiterName, detectCsvDelimiter } from "./csv-delimiter";
import { isBlankRecord, isTitleRecord, MAX_LINES_ABOVE_HEADER } from "./csv-header";
import { looksLikeUtf8, looksLikeWindows1251 } from "./text-encoding-guess";

/** Bytes of a file's start the upload form reads: its header and first rows, however long the file. */
const PREVIEW_BYTES = 64 * 1024;
/** Rows under the header whose values the form shows, and guesses the language of text columns by. */
const SAMPLE_ROWS = 3;

/** A CSV file's columns as the upload form shows them before sending it. */
export interface CsvPreview {
  /** The header's names, as the file has them (trimmed). */
  columns: string[];
  /** The first rows' values of each column. */
  samples: string[][];
  delimiter: CsvDelimiterName;
}

/** The start of a file as bytes, without reading the rest (a File's slice). */
export async function fileStart(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
}

/**
 * The encoding a file's first bytes show, when they show one: UTF-8 when they are UTF-8 past ASCII,
 * Windows-1251 when they are not UTF-8 but look like it; null when they tell nothing (ASCII, or
 * neither), and the person's choice stands.
 */
export function encodingOfStart(bytes: Uint8Array): ImportEncoding | null {
  if (looksLikeUtf8(bytes)) return "utf-8";
  return looksLikeWindows1251(bytes) ? "windows-1251" : null;
}

/**
 * A CSV file's header and first rows, from the start of the file decoded in the chosen encoding and
 * read by the same parser as the server's (csv-parse), with the delimiter given or the one the
 * header uses. A title line above the header and empty rows are passed over (csv-header.ts). Where
 * the slice cuts a quoted cell among the first rows, only the header is shown.
 */
export function previewCsv(bytes: Uint8Array, encoding: ImportEncoding, delimiter?: CsvDelimiterName): CsvPreview {
  const text = new TextDecoder(encoding).decode(bytes);
  const used = delimiter ?? detectCsvDelimiter(text.trimStart());
  const records = parseStart(text, CSV_DELIMITERS[used]).filter((record) => !isBlankRecord(record));
  const at = records.slice(0, MAX_LINES_ABOVE_HEADER + 1).findIndex((record) => !isTitleRecord(record));
  const [header = [], ...rows] = records.slice(Math.max(at, 0), Math.max(at, 0) + SAMPLE_ROWS + 1);
  return {
    columns: header.map((name) => name.trim()),
    samples: header.map((_, index) => rows.map((row) => row[index] ?? "")),
    delimiter: used,
  };
}

function parseStart(text: string, delimiter: string): string[][] {
  const options = { delimiter, relax_column_count: true, skip_empty_lines: true, to: SAMPLE_ROWS + MAX_LINES_ABOVE_HEADER + 1 } as const;
  try {
    return parse(text, options) as string[][];
  } catch {
    // A quoted cell cut by the slice: the header line alone.
    const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
    try {
      return parse(firstLine, { ...options, relax_quotes: true }) as string[][];
    } catch {
      return [];
    }
  }
}
