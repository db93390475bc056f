import { pickTranslation } from "@/lib/content/pick-translation";
import type { DatePoint } from "@/lib/dates";
import { pointToEdtf } from "@/lib/dates/edtf-text";
import type { ExportedEntry } from "../open-data-entry";
import { xmlText } from "../xml-text";
import type { ExportContext, ExportFormat } from "./export-format";

const KML_NAMESPACE = "http://www.opengis.net/kml/2.2";

/** KML times are XML Schema dates at the precision known ("1942", "1942-06", "1942-06-22"); "circa" has no place there. */
const when = (point: DatePoint) => pointToEdtf({ ...point, circa: false });

/** Written as text: an XML builder's tree for each placemark cost more CPU than all the rest of an export (bench/results.md, section 5). */
function placemark(entry: ExportedEntry, context: ExportContext): string {
  const text = pickTranslation(
    Object.entries(entry.texts).map(([locale, texts]) => ({ locale, ...texts })),
    context.locale,
  );
  const url = context.pageUrl(entry.slug);
  const description = [text?.summary, text?.description, url].filter(Boolean).join("\n\n");
  let xml = `<Placemark><name>${xmlText(text?.title ?? entry.slug)}</name><description>${xmlText(description)}</description>`;
  if (entry.period?.end) {
    xml += `<TimeSpan><begin>${when(entry.period.start)}</begin><end>${when(entry.period.end)}</end></TimeSpan>`;
  } else if (entry.period) {
    xml += `<TimeStamp><when>${when(entry.period.start)}</when></TimeStamp>`;
  }
  const fields: [string, string | null][] = [
    ["slug", entry.slug],
    ["kind", entry.kind],
    ["date", entry.date],
    ["location_precision", entry.locationPrecision],
    ["country", entry.countryCode],
    ["wikidata_id", entry.wikidataId],
    ["url", url],
  ];
  xml += "<ExtendedData>";
  for (const [name, value] of fields) if (value) xml += `<Data name="${name}"><value>${xmlText(value)}</value></Data>`;
  xml += "</ExtendedData>";
  if (entry.latitude !== null && entry.longitude !== null) {
    xml += `<Point><coordinates>${entry.longitude},${entry.latitude}</coordinates></Point>`;
  }
  return `${xml}</Placemark>`;
}

/** KML 2.2: a placemark per entry, named in the requested language; entries with no map point have no geometry. */
export const kmlFormat: ExportFormat = {
  extension: "kml",
  contentType: "application/vnd.google-earth.kml+xml",
  withArticles: false,
  writer: (context) => ({
    head: () => `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="${KML_NAMESPACE}"><Document>\n`,
    page: (entries) => entries.map((entry) => `${placemark(entry, context)}\n`).join(""),
    tail: () => "</Document></kml>\n",
  }),
};
