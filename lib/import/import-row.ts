import type { OpenDataEntry } from "@/lib/open-data/open-data-entry";

/** One record of an import file, read into the export's shape (lib/open-data/open-data-columns.ts). */
export interface ImportRow {
  /** Where it starts in the file (1-based; the CSV header is line 1), for the report. */
  line: number;
  entry: OpenDataEntry;
  /** The file's own stable id for the record (an `external_id` column, a feature or Placemark id), if any. */
  externalId: string | null;
  /**
   * Our columns the file has for this record (a CSV's mapped columns, a feature's properties and
   * geometry): an update sets those fields only. Absent: every column.
   */
  columns?: readonly string[];
}

/** A record that could not even be read as an entry (a line instead of a point, a broken CSV row). */
export interface UnreadableRow {
  line: number;
  reason: ImportMessage;
}

/** A message of the "imports" namespace (messages/<locale>/imports.json), said in the reader's language later. */
export interface ImportMessage {
  key: ImportMessageKey;
  params?: Record<string, string | number>;
}

export type ImportMessageKey =
  | "notPoint"
  | "placemarkTooLarge"
  | "notFeature"
  | "cellCount"
  | "externalIdTwice"
  | "slugTwice"
  | "unknownTheme"
  | "externalIdElsewhere"
  | "notWritten"
  | "dateAmbiguous"
  | "dateTwoDigitYear"
  | "dateNoSuchDay"
  | "dateRangeBackwards"
  | "dateNotRead";

/** One record of a file as the reader meets it: a row, or one it could not read. */
export type ImportRecord = ImportRow | UnreadableRow;

export function isUnreadable(record: ImportRecord): record is UnreadableRow {
  return "reason" in record;
}
