import { stringify } from "csv-stringify/sync";
import { CSV_HEADER, toCsvRecord } from "../csv-record";
import type { ExportFormat } from "./export-format";

/**
 * RFC 4180 (CRLF between records, quotes where needed) with a UTF-8 byte order mark, without which
 * Excel reads Cyrillic as Latin-1. `escape_formulas` neutralises formula cells (see csv-formula-cells.ts).
 */
const OPTIONS = { escape_formulas: true, record_delimiter: "windows" } as const;

export const csvFormat: ExportFormat = {
  extension: "csv",
  contentType: "text/csv; charset=utf-8; header=present",
  withArticles: false,
  writer: () => ({
    head: () => `\uFEFF${stringify([CSV_HEADER], OPTIONS)}`,
    page: (entries) => stringify(entries.map(toCsvRecord), OPTIONS),
    tail: () => "",
  }),
};
