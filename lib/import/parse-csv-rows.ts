import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Info, parse } from "csv-parse";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { fromCsvRecord } from "@/lib/open-data/csv-record";
import type { ImportReading } from "@/lib/validation/import-upload";
import { boundedLines } from "./bounded-lines";
import { CSV_DELIMITERS } from "./csv-delimiter";
import { isBlankRecord, MAX_LINES_ABOVE_HEADER } from "./csv-header";
import { coordinateCell } from "./decimal-comma";
import { EXTERNAL_ID_COLUMN } from "./import-columns";
import { MAX_CSV_LINE_CHARS } from "./import-limits";
import type { ImportRecord } from "./import-row";

export { EXTERNAL_ID_COLUMN };

function unreadableFile(reason: string): AppError {
  return new AppError("INVALID_INPUT", `The file cannot be read as CSV: ${reason} Nothing was imported.`, {
    issues: [{ path: "file", issue: reason }],
  });
}

const noHeader = () =>
  unreadableFile(
    "the first line must name the columns, with title_en or title_ru among them, or a mapping must say which column is the title (see docs/import.md).",
  );

/** A mapping naming a column the file's header does not have: refused whole, as the mapping is about another file. */
function noSuchColumn(column: string): AppError {
  return new AppError(
    "INVALID_INPUT",
    { key: "mappingNoSuchColumn", params: { column } },
    { issues: [{ path: `mapping.${column}`, issue: "No such column in the file." }] },
  );
}

/** Whether a line is the header: it names every column the mapping does, or without one, a title column of ours. */
function namesColumns(record: readonly string[], mapping: ImportReading["mapping"]): boolean {
  const names = record.map((name) => name.trim());
  if (!mapping) return names.some((name) => /^title_(en|ru)$/i.test(name));
  return Object.keys(mapping).every((fileColumn) => names.includes(fileColumn.trim()));
}

/**
 * For each of the file's columns, the one of ours it is read as (null: ignored): by the mapping when
 * there is one (names compared trimmed), else by its own name when that is one of ours.
 */
function columnsOf(header: readonly string[], mapping: ImportReading["mapping"]): (string | null)[] {
  if (!mapping) {
    const columns = header.map((name) => name.trim().toLowerCase());
    if (!columns.some((name) => name === "title_en" || name === "title_ru")) throw noHeader();
    return columns;
  }
  const names = header.map((name) => name.trim());
  for (const fileColumn of Object.keys(mapping)) if (!names.includes(fileColumn.trim())) throw noSuchColumn(fileColumn);
  const ours = new Map(Object.entries(mapping).map(([fileColumn, column]) => [fileColumn.trim(), column]));
  // A name the header repeats is read from its first column.
  return names.map((name, index) => (names.indexOf(name) === index ? (ours.get(name) ?? null) : null));
}

/**
 * A CSV file of the export's columns (lib/open-data/open-data-columns.ts, documented in
 * docs/import.md) as rows, one at a time as the text arrives: only the row being read is held, so
 * a file of any length takes the same memory. The header names the columns, in any order; unknown
 * columns are ignored, missing ones read as empty. With a mapping, the file's own columns are read
 * as the ones of ours it names, and the others ignored. Cells are separated by the reading's
 * delimiter (a comma when it names none); with a semicolon or a tab, a coordinate may have a decimal
 * comma. The header is the first line that names the columns (lines above it, such as a register's
 * title, are passed over; csv-header.ts), and empty rows are skipped. A row with more or fewer cells
 * than the header is reported with its line, and the others are still read; quoting the file cannot
 * recover from (an unclosed quote) refuses it whole.
 */
export async function* parseCsvRows(text: AsyncIterable<string>, reading: Partial<ImportReading> = {}): AsyncGenerator<ImportRecord> {
  const delimiter = CSV_DELIMITERS[reading.delimiter ?? "comma"];
  const parser = parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: true });
  const tooLong = () =>
    unreadableFile(`a line is longer than ${MAX_CSV_LINE_CHARS.toLocaleString("en")} characters, more than any entry needs.`);
  // The parser pulls the text as it needs it; a refusal from the decoder (not UTF-8) or of a line too long ends it.
  const feeding = pipeline(Readable.from(text, { objectMode: false }), boundedLines(MAX_CSV_LINE_CHARS, tooLong), parser).catch(
    (error: unknown) => {
      parser.destroy(error instanceof Error ? error : new Error(String(error)));
    },
  );
  let header: (string | null)[] | null = null;
  // The first line that is not blank: what the refusal is about when no line names the columns.
  let firstRecord: string[] | null = null;
  let linesAbove = 0;
  let carried: string[] = [];
  let endOfPrevious = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      // A quoted cell may hold line breaks: the row starts on the line after the previous one ended.
      const line = Math.min(endOfPrevious + 1, info.lines);
      endOfPrevious = info.lines;
      if (isBlankRecord(record)) continue;
      if (header === null) {
        firstRecord ??= record;
        if (namesColumns(record, reading.mapping)) header = columnsOf(record, reading.mapping);
        else if (++linesAbove > MAX_LINES_ABOVE_HEADER) header = columnsOf(firstRecord, reading.mapping);
        if (header) carried = header.filter((name): name is string => name !== null);
        continue;
      }
      if (record.length !== header.length) {
        yield { line, reason: { key: "cellCount", params: { cells: record.length, columns: header.length } } };
        continue;
      }
      const cells: Record<string, string> = {};
      header.forEach((name, index) => {
        if (name) cells[name] = coordinateCell(name, record[index] ?? "", delimiter);
      });
      yield { line, entry: fromCsvRecord(cells), externalId: cells[EXTERNAL_ID_COLUMN]?.trim() || null, columns: carried };
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw unreadableFile(error instanceof Error ? `${error.message}.` : "it is not valid CSV.");
  } finally {
    parser.destroy();
    await feeding;
  }
  // No line named the columns: a mapping naming a column the file lacks is the clearer refusal (columnsOf throws it).
  if (header === null && firstRecord) columnsOf(firstRecord, reading.mapping);
  if (header === null) throw noHeader();
}
