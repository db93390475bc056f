import { OPEN_DATA_COLUMNS } from "@/lib/open-data/open-data-columns";

/** Not a column of the export: a spreadsheet's own stable id for the row, kept on the entry (Entry.externalId). */
export const EXTERNAL_ID_COLUMN = "external_id";

/** What a file's column can be read as: the export's columns and the row's external id. */
export const IMPORT_COLUMNS: readonly [string, ...string[]] = [EXTERNAL_ID_COLUMN, ...OPEN_DATA_COLUMNS.map((column) => column.name)];

/** A row needs a title in one language at least: one of these columns must be read. */
export const TITLE_COLUMNS: readonly string[] = ["title_en", "title_ru"];
