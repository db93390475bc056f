/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that starts with = + - @, a tab or
 * a carriage return (or their full-width forms) is run as a formula by Excel, LibreOffice and
 * Google Sheets. csv-stringify's `escape_formulas` puts a single quote before such a text cell, as
 * OWASP advises; numbers are written as they are (a negative longitude is a number, not a formula).
 *
 * To read such a file back without loss, one quote is taken off a cell that is one or more quotes
 * followed by a formula character. So that a text which itself starts that way survives too,
 * `protectLeadingQuotes` adds its one extra quote before writing.
 */
const FORMULA_START = "=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20";
const QUOTED_FORMULA = new RegExp(`^'+[${FORMULA_START}]`);

/** Before csv-stringify with `escape_formulas`: a text that already looks neutralised gets one more quote. */
export function protectLeadingQuotes(text: string): string {
  return QUOTED_FORMULA.test(text) ? `'${text}` : text;
}

/** Undoes the neutralising quote, whichever of the two added it. */
export function restoreFormulaCell(cell: string): string {
  return QUOTED_FORMULA.test(cell) ? cell.slice(1) : cell;
}
