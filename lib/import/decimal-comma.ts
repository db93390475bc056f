/** A number written with a decimal comma, as a Russian (and most European) spreadsheet writes it: "55,75", "-0,5". */
const DECIMAL_COMMA = /^\s*[+-]?\d+,\d+\s*$/;

const COORDINATE_COLUMNS: ReadonlySet<string> = new Set(["latitude", "longitude"]);

/**
 * A cell as the column reads it: a latitude or longitude with a decimal comma ("55,75") as 55.75,
 * when the file's cells are not separated by commas (where "55,75" would be two cells). Anything else
 * is left as it is, so a coordinate that is no number is still refused with its line.
 */
export function coordinateCell(column: string, cell: string, delimiter: string): string {
  return delimiter !== "," && COORDINATE_COLUMNS.has(column) && DECIMAL_COMMA.test(cell) ? cell.replace(",", ".") : cell;
}
