import { protectLeadingQuotes, restoreFormulaCell } from "./csv-formula-cells";
import { type ColumnValue, columnText, fromColumnValues, OPEN_DATA_COLUMNS } from "./open-data-columns";
import type { OpenDataEntry } from "./open-data-entry";

/** The header row of the CSV export: the column names of `OPEN_DATA_COLUMNS`. */
export const CSV_HEADER: readonly string[] = OPEN_DATA_COLUMNS.map((column) => column.name);

/**
 * The entry as CSV cells for csv-stringify (with `escape_formulas`): numbers stay numbers, so the
 * neutralising quote is never put before a negative coordinate.
 */
export function toCsvRecord(entry: OpenDataEntry): (string | number)[] {
  return OPEN_DATA_COLUMNS.map((column) => {
    const value = column.get(entry);
    return typeof value === "number" ? value : protectLeadingQuotes(columnText(value));
  });
}

/**
 * A row of the CSV export (as csv-parse gives it with `columns: true`) back as the entry it was
 * written from. Unknown columns are ignored; missing ones read as empty. It does not validate:
 * the importer checks the result with the entry schema.
 */
export function fromCsvRecord(row: Readonly<Record<string, string | undefined>>): OpenDataEntry {
  const values: Record<string, ColumnValue> = {};
  for (const column of OPEN_DATA_COLUMNS) {
    const cell = restoreFormulaCell(row[column.name] ?? "");
    if (column.type === "number") values[column.name] = cell.trim() === "" ? null : Number(cell);
    else if (column.type === "list") values[column.name] = cell === "" ? [] : cell.split(/\r?\n/);
    else values[column.name] = cell;
  }
  return fromColumnValues(values);
}
