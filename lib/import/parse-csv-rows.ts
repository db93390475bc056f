import { parse } from "csv-parse/sync";
import { AppError } from "@/lib/errors/app-error";
import { fromCsvRecord } from "@/lib/open-data/csv-record";
import type { ImportRow, ParsedImport, UnreadableRow } from "./import-row";

/** Not a column of the export: a spreadsheet's own stable id for the row, kept on the entry (Entry.externalId). */
export const EXTERNAL_ID_COLUMN = "external_id";

function unreadableFile(reason: string): AppError {
  return new AppError("INVALID_INPUT", `The file cannot be read as CSV: ${reason} Nothing was imported.`, {
    issues: [{ path: "file", issue: reason }],
  });
}

/**
 * A CSV file of the export's columns (lib/open-data/open-data-columns.ts, documented in
 * docs/import.md) as rows. The header names the columns, in any order; unknown columns are ignored,
 * missing ones read as empty. A row with more or fewer cells than the header is reported with its
 * line, and the others are still read; quoting the file cannot recover from (an unclosed quote) refuses it whole.
 */
export function parseCsvRows(text: string): ParsedImport {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    throw unreadableFile(error instanceof Error ? `${error.message}.` : "it is not valid CSV.");
  }
  const [head, ...body] = records;
  const header = (head?.record ?? []).map((name) => name.trim().toLowerCase());
  if (!header.some((name) => name === "title_en" || name === "title_ru")) {
    throw unreadableFile("the first line must name the columns, with title_en or title_ru among them (see docs/import.md).");
  }
  const rows: ImportRow[] = [];
  const unreadable: UnreadableRow[] = [];
  let endOfPrevious = head!.info.lines;
  for (const { record, info } of body) {
    // A quoted cell may hold line breaks: the row starts on the line after the previous one ended.
    const line = Math.min(endOfPrevious + 1, info.lines);
    endOfPrevious = info.lines;
    if (record.length !== header.length) {
      unreadable.push({ line, reason: { key: "cellCount", params: { cells: record.length, columns: header.length } } });
      continue;
    }
    const cells: Record<string, string> = {};
    header.forEach((name, index) => {
      cells[name] = record[index] ?? "";
    });
    const externalId = cells[EXTERNAL_ID_COLUMN]?.trim() || null;
    rows.push({ line, entry: fromCsvRecord(cells), externalId });
  }
  return { rows, unreadable };
}
