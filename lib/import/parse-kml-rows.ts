import { kmlGen } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { AppError } from "@/lib/errors/app-error";
import { entryFromProperties } from "./column-values";
import type { ImportRecord } from "./import-row";
import { EXTERNAL_ID_COLUMN } from "./parse-csv-rows";
import { wholeText } from "./whole-text";

function refused(reason: string): AppError {
  return new AppError("INVALID_INPUT", `The file cannot be read as KML: ${reason} Nothing was imported.`, {
    issues: [{ path: "file", issue: reason }],
  });
}

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
 * the export's columns (slug, kind, date, …), and the Placemark's id as its external id. Placemarks
 * with another geometry are reported; XML that does not parse, or is not KML, is refused whole. The
 * document is parsed whole; its placemarks become features one at a time, as the rows are asked for.
 */
export async function* parseKmlRows(text: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  let document: ReturnType<DOMParser["parseFromString"]>;
  const xml = await wholeText(text);
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    throw refused(error instanceof Error ? `${error.message}.` : "it is not XML.");
  }
  if (document.documentElement?.localName !== "kml") throw refused("its root element must be <kml>.");
  let line = 0;
  for (const feature of kmlGen(document as unknown as Parameters<typeof kmlGen>[0])) {
    line++;
    const properties = (feature.properties ?? {}) as Record<string, unknown>;
    const geometry = feature.geometry;
    if (geometry && geometry.type !== "Point") {
      yield { line, reason: { key: "notPoint", params: { type: geometry.type } } };
      continue;
    }
    const [longitude, latitude] = geometry?.type === "Point" ? geometry.coordinates : [null, null];
    const entry = entryFromProperties(properties);
    entry.latitude = latitude ?? null;
    entry.longitude = longitude ?? null;
    entry.date ??= dateOf(properties);
    const given = properties[EXTERNAL_ID_COLUMN];
    const externalId = typeof given === "string" && given.trim() ? given.trim() : feature.id !== undefined ? String(feature.id) : null;
    yield { line, entry, externalId };
  }
}
