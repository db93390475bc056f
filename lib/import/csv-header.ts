/**
 * Where a spreadsheet's header is. Registers often have a title above it (a line of one cell merged
 * across the columns, saved as "Title;;;;;;"), and empty rows anywhere (saved as ";;;;;;"): the
 * upload form and the server skip the same lines, so the form's columns are the ones the server reads.
 */

/** Lines above the header that are looked past (a title, a date, a blank line), at most. */
export const MAX_LINES_ABOVE_HEADER = 10;

/** A row with no text in any cell: an empty spreadsheet row, saved with its delimiters. */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => !cell.trim());
}

/**
 * A spreadsheet's title line: cells, but text in one of them only (the title, merged across the
 * columns). A line of one cell is not one: that is how a header reads with the wrong delimiter chosen,
 * and the form shows it as it is, so the person sees the choice is wrong.
 */
export function isTitleRecord(record: readonly string[]): boolean {
  return record.length > 1 && record.filter((cell) => cell.trim()).length <= 1;
}
