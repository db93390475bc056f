import { AppError } from "@/lib/errors/app-error";
import { representativePoint } from "@/lib/geo/representative-point";
import { placedEntry, scalarText } from "./column-values";
import type { ImportRecord } from "./import-row";
import { EXTERNAL_ID_COLUMN } from "./parse-csv-rows";
import { wholeText } from "./whole-text";

function refused(reason: string): AppError {
  return new AppError("INVALID_INPUT", `The file cannot be read as GeoJSON: ${reason} Nothing was imported.`, {
    issues: [{ path: "file", issue: reason }],
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The file's own id for the feature: an `external_id` property, else the feature's id unless that is
 * only the slug (as the export writes it), else OpenStreetMap's `@id` ("node/123", as Overpass writes it).
 */
function externalIdOf(feature: Record<string, unknown>, properties: Record<string, unknown>): string | null {
  const given = properties[EXTERNAL_ID_COLUMN];
  if (typeof given === "string" && given.trim()) return given.trim();
  const id = feature.id ?? properties["@id"];
  if ((typeof id === "string" && id.trim()) || typeof id === "number") {
    return String(id) === properties.slug ? null : String(id).trim();
  }
  return null;
}

/**
 * An RFC 7946 FeatureCollection (or one Feature) as rows, numbered by feature from 1: Points (lon,
 * lat), features without a geometry (entries not on the map), and areas and lines at a point inside
 * them (representativePoint), their location precision "area" unless the file says otherwise; a
 * geometry with no position that can be read (a GeometryCollection) is reported.
 * Properties are the export's columns (docs/import.md). Text that is not JSON, or JSON that is not
 * GeoJSON features, is refused whole. JSON is parsed whole, but each feature is let go once it has
 * become a row, so the parsed file shrinks as the rows are written.
 */
export async function* parseGeojsonRows(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let json: unknown;
  try {
    json = JSON.parse(await wholeText(text));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw refused(`${error.message}.`);
  }
  const features =
    isObject(json) && json.type === "FeatureCollection" ? json.features : isObject(json) && json.type === "Feature" ? [json] : null;
  json = null;
  if (!Array.isArray(features)) throw refused("it must be a FeatureCollection or a Feature.");
  for (let index = 0; index < features.length; index++) {
    const feature: unknown = features[index];
    features[index] = null;
    yield featureRecord(feature, index + 1);
  }
}

function featureRecord(feature: unknown, line: number): ImportRecord {
  if (!isObject(feature) || feature.type !== "Feature") return { line, reason: { key: "notFeature" } };
  const properties = isObject(feature.properties) ? feature.properties : {};
  const geometry = feature.geometry;
  let point: { latitude: number | null; longitude: number | null } | null = null;
  let area = false;
  if (geometry !== null && geometry !== undefined) {
    if (isObject(geometry) && geometry.type === "Point" && Array.isArray(geometry.coordinates)) {
      const [longitude, latitude] = geometry.coordinates as unknown[];
      // A nested value would be turned into text all the way down (a stack overflow at 100,000 deep).
      const coordinate = (value: unknown) => (typeof value === "number" ? value : Number(scalarText(value) ?? Number.NaN));
      point = { latitude: coordinate(latitude), longitude: coordinate(longitude) };
    } else {
      point = isObject(geometry) ? representativePoint(geometry) : null;
      if (!point) return { line, reason: { key: "notPoint", params: { type: (isObject(geometry) && scalarText(geometry.type)) || "?" } } };
      area = true;
    }
  }
  const { entry, columns } = placedEntry(properties, point, area);
  return { line, entry, externalId: externalIdOf(feature, properties), columns };
}
