import { representativePoint } from "@/lib/geo/representative-point";
import { placedEntry } from "./column-values";
import { MAX_KML_FEATURE_CHARS, MAX_KML_FEATURE_ELEMENTS } from "./import-limits";
import type { ImportRecord } from "./import-row";
import { readKmlFeatures } from "./kml-features";
import { EXTERNAL_ID_COLUMN } from "./parse-csv-rows";

/** KML's TimeStamp or TimeSpan as EDTF ("1942-06", "1942-01/1943-03"); XML Schema dates and times are cut to the date. */
function dateOf(properties: Record<string, unknown>): string | null {
  const day = (text: unknown) => (typeof text === "string" && text.trim() ? text.trim().slice(0, 10) : null);
  const stamp = day(properties.timestamp);
  if (stamp) return stamp;
  const span = properties.timespan as { begin?: unknown; end?: unknown } | undefined;
  const begin = day(span?.begin);
  const end = day(span?.end);
  if (begin && end) return `${begin}/${end}`;
  return begin ? `${begin}/..` : end ? `../${end}` : null;
}

/**
 * A KML 2.2 document's Placemarks as rows, numbered from 1 in document order: a Point's coordinates,
 * the name as the title, the description, TimeStamp or TimeSpan as the date, ExtendedData named as
 * the export's columns (slug, kind, date, …), and the Placemark's id as its external id. An area or a
 * line is placed at a point inside it (representativePoint), its location precision "area" unless the
 * file says otherwise. GroundOverlays, and placemarks too large to be an entry, are reported; XML that is not well-formed, or
 * is not KML, is refused whole. The file is read as a stream, a placemark at a time (readKmlFeatures).
 */
export async function* parseKmlRows(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let line = 0;
  for await (const read of readKmlFeatures(text)) {
    line++;
    if ("tooLarge" in read) {
      yield { line, reason: { key: "placemarkTooLarge", params: { chars: MAX_KML_FEATURE_CHARS, elements: MAX_KML_FEATURE_ELEMENTS } } };
      continue;
    }
    const { feature } = read;
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const geometry = feature.geometry;
    // An area or a line stands at a point inside it; an image laid over the map (a GroundOverlay) is no entry.
    const point = geometry && properties["@geometry-type"] !== "groundoverlay" ? representativePoint(geometry) : null;
    if (geometry && !point) {
      yield { line, reason: { key: "notPoint", params: { type: geometry.type } } };
      continue;
    }
    const { entry, columns } = placedEntry(properties, point, geometry?.type !== undefined && geometry.type !== "Point");
    if (entry.date === null) {
      entry.date = dateOf(properties);
      if (entry.date) columns.push("date");
    }
    const given = properties[EXTERNAL_ID_COLUMN];
    const externalId = typeof given === "string" && given.trim() ? given.trim() : feature.id !== undefined ? String(feature.id) : null;
    yield { line, entry, externalId, columns };
  }
}
