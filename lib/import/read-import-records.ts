import { decodeImportText } from "./decode-import-text";
import type { ImportFormat } from "./import-format";
import type { ImportRecord } from "./import-row";
import { parseCsvRows } from "./parse-csv-rows";
import { parseGeojsonRows } from "./parse-geojson-rows";
import { parseKmlRows } from "./parse-kml-rows";

const PARSERS: Record<ImportFormat, (text: AsyncIterable<string>) => AsyncGenerator<ImportRecord>> = {
  csv: parseCsvRows,
  geojson: parseGeojsonRows,
  kml: parseKmlRows,
};

/**
 * An import file's records in file order, read as they are asked for; throws an AppError (nothing
 * to import) when the file is not UTF-8 text or not the format. Stopping early closes the file.
 */
export function readImportRecords(format: ImportFormat, bytes: AsyncIterable<Uint8Array>): AsyncGenerator<ImportRecord> {
  return PARSERS[format](decodeImportText(bytes));
}
