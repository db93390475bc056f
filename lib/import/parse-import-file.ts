import type { ImportFormat } from "./import-format";
import type { ParsedImport } from "./import-row";
import { parseCsvRows } from "./parse-csv-rows";
import { parseGeojsonRows } from "./parse-geojson-rows";
import { parseKmlRows } from "./parse-kml-rows";

const PARSERS: Record<ImportFormat, (text: string) => ParsedImport> = {
  csv: parseCsvRows,
  geojson: parseGeojsonRows,
  kml: parseKmlRows,
};

/** A decoded import file's rows; throws an AppError (nothing to import) when the file is not the format. */
export function parseImportFile(format: ImportFormat, text: string): ParsedImport {
  return PARSERS[format](text);
}
