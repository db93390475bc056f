import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Info, parse } from "csv-parse";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { fromCsvRecord } from "@/lib/open-data/csv-record";
import type { ImportRecord } from "./import-row";

/** Not a column of the export: a spreadsheet's own stable id for the row, kept on the entry (Entry.externalId). */
export const EXTERNAL_ID_COLUMN = "external_id";

function unreadableFile(reason: string): AppError {
  return new AppError("INVALID_INPUT", `The file cannot be read as CSV: ${reason} Nothing was imported.`, {
    issues: [{ path: "file", issue: reason }],
  });
}

const noHeader = () => unreadableFile("the first line must name the columns, with title_en or title_ru among them (see docs/import.md).");

/**
 * A CSV file of the export's columns (lib/open-data/open-data-columns.ts, documented in
 * docs/import.md) as rows, one at a time as the text arrives: only the row being read is held, so
 * a file of any length takes the same memory. The header names the columns, in any order; unknown
 * columns are ignored, missing ones read as empty. A row with more or fewer cells than the header
 * is reported with its line, and the others are still read; quoting the file cannot recover from
 * (an unclosed quote) refuses it whole.
 */
export async function* parseCsvRows(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  const parser = parse({ info: true, relax_column_count: true, skip_empty_lines: true });
  // The parser pulls the text as it needs it; a refusal from the decoder (not UTF-8) ends it.
  const feeding = pipeline(Readable.from(text, { objectMode: false }), parser).catch((error: unknown) => {
    parser.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  let header: string[] | null = null;
  let endOfPrevious = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (header === null) {
        header = record.map((name) => name.trim().toLowerCase());
        if (!header.some((name) => name === "title_en" || name === "title_ru")) throw noHeader();
        endOfPrevious = info.lines;
        continue;
      }
      // A quoted cell may hold line breaks: the row starts on the line after the previous one ended.
      const line = Math.min(endOfPrevious + 1, info.lines);
      endOfPrevious = info.lines;
      if (record.length !== header.length) {
        yield { line, reason: { key: "cellCount", params: { cells: record.length, columns: header.length } } };
        continue;
      }
      const cells: Record<string, string> = {};
      header.forEach((name, index) => {
        cells[name] = record[index] ?? "";
      });
      yield { line, entry: fromCsvRecord(cells), externalId: cells[EXTERNAL_ID_COLUMN]?.trim() || null };
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw unreadableFile(error instanceof Error ? `${error.message}.` : "it is not valid CSV.");
  } finally {
    parser.destroy();
    await feeding;
  }
  if (header === null) throw noHeader();
}
