import type { ExportExtension } from "../export-files";
import { csvFormat } from "./csv-format";
import type { ExportFormat } from "./export-format";
import { geojsonFormat } from "./geojson-format";
import { jsonldFormat } from "./jsonld-format";
import { kmlFormat } from "./kml-format";

/** Each export format by its extension. */
export const EXPORT_FORMATS: Record<ExportExtension, ExportFormat> = {
  geojson: geojsonFormat,
  csv: csvFormat,
  kml: kmlFormat,
  jsonld: jsonldFormat,
};
