import type { ImportReading } from "@/lib/validation/import-upload";
import { decodeImportText } from "./decode-import-text";
import type { ImportFormat } from "./import-format";
import type { ImportRecord } from "./import-row";
import { parseCsvRows } from "./parse-csv-rows";
import { parseGeojsonRows } from "./parse-geojson-rows";
import { parseKmlRows } from "./parse-kml-rows";

const PARSERS: Record<ImportFormat, (text: AsyncIterable<string>, reading: Partial<ImportReading>) => AsyncGenerator<ImportRecord>> = {
  csv: parseCsvRows,
  geojson: parseGeojsonRows,
  kml: parseKmlRows,
};

/**
 * An import file's records in file order, read as they are asked for (in the reading's encoding, and
 * for a CSV with its delimiter and column mapping); throws an AppError (nothing to import) when the
 * file is not text in that encoding or not the format. Stopping early closes the file.
 */
export function readImportRecords(
  format: ImportFormat,
  bytes: AsyncIterable<Uint8Array>,
  reading: Partial<ImportReading> = {},
): AsyncGenerator<ImportRecord> {
  return PARSERS[format](decodeImportText(bytes, reading.encoding), reading);
}
