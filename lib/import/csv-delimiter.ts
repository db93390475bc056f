/** The delimiters a CSV file may use, by the names the form and the API give them. */
export const CSV_DELIMITERS = { comma: ",", semicolon: ";", tab: "\t" } as const;
export type CsvDelimiterName = keyof typeof CSV_DELIMITERS;
export const CSV_DELIMITER_NAMES = Object.keys(CSV_DELIMITERS) as [CsvDelimiterName, ...CsvDelimiterName[]];

/**
 * The delimiter a CSV file's header line uses: the one of comma, semicolon and tab it holds most
 * often outside quotes (a Russian Excel saves "CSV" with semicolons, because the comma is its decimal
 * separator). A comma on a tie or when there is none (a file of one column).
 */
export function detectCsvDelimiter(text: string): CsvDelimiterName {
  const counts: Record<CsvDelimiterName, number> = { comma: 0, semicolon: 0, tab: 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") counts.comma++;
    else if (!quoted && char === ";") counts.semicolon++;
    else if (!quoted && char === "\t") counts.tab++;
  }
  let best: CsvDelimiterName = "comma";
  for (const name of CSV_DELIMITER_NAMES) if (counts[name] > counts[best]) best = name;
  return best;
}
