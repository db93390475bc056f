import { pointGeometry } from "../geojson-features";
import { type ColumnValue, OPEN_DATA_COLUMNS } from "../open-data-columns";
import type { OpenDataEntry } from "../open-data-entry";
import { type ExportFormat, jsonArrayItems } from "./export-format";

const PROPERTY_COLUMNS = OPEN_DATA_COLUMNS.filter((column) => !column.geometry);

/** The CSV columns as properties (lists as arrays, empty optional values as null) and the entry page's address. */
function entryFeature(entry: OpenDataEntry, url: string) {
  const properties: Record<string, ColumnValue> = {};
  for (const column of PROPERTY_COLUMNS) properties[column.name] = column.get(entry);
  properties.url = url;
  return { type: "Feature" as const, id: entry.slug, geometry: pointGeometry(entry), properties };
}

export const geojsonFormat: ExportFormat = {
  extension: "geojson",
  contentType: "application/geo+json",
  withArticles: false,
  writer(context) {
    const items = jsonArrayItems();
    return {
      head: () => '{"type":"FeatureCollection","features":[\n',
      page: (entries) => items(entries.map((entry) => entryFeature(entry, context.pageUrl(entry.slug)))),
      tail: () => "\n]}\n",
    };
  },
};
