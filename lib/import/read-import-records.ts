import type { ImportReading } from "@/lib/validation/import-upload";
import { decodeImportText } from "./decode-import-text";
import type { ImportFormat } from "./import-format";
import type { ImportRecord } from "./import-row";

type Parser = (text: AsyncIterable<string>, reading: Partial<ImportReading>) => AsyncGenerator<ImportRecord>;

// Each format's reader is loaded when a file of that format is read: an import worker reading a CSV
// does not hold the XML and GeoJSON readers' modules in its memory.
const PARSERS: Record<ImportFormat, () => Promise<Parser>> = {
  csv: async () => (await import("./parse-csv-rows")).parseCsvRows,
  geojson: async () => (await import("./parse-geojson-rows")).parseGeojsonRows,
  kml: async () => (await import("./parse-kml-rows")).parseKmlRows,
};

/**
 * An import file's records in file order, read as they are asked for (in the reading's encoding, and
 * for a CSV with its delimiter and column mapping); throws an AppError (nothing to import) when the
 * file is not text in that encoding or not the format. Stopping early closes the file.
 */
export async function* readImportRecords(
  format: ImportFormat,
  bytes: AsyncIterable<Uint8Array>,
  reading: Partial<ImportReading> = {},
): AsyncGenerator<ImportRecord> {
  const parse = await PARSERS[format]();
  yield* parse(decodeImportText(bytes, reading.encoding), reading);
}
