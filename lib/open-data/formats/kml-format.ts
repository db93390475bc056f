import { pickTranslation } from "@/lib/content/pick-translation";
import type { DatePoint } from "@/lib/dates";
import { pointToEdtf } from "@/lib/dates/edtf-text";
import { columnText, OPEN_DATA_COLUMNS } from "../open-data-columns";
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
  // Every column the CSV has (the point is the geometry), both languages: the importer reads them back,
  // so re-importing an export changes nothing; name and description above are for map viewers.
  xml += "<ExtendedData>";
  for (const column of OPEN_DATA_COLUMNS) {
    if (column.geometry) continue;
    const text = columnText(column.get(entry));
    if (text) xml += `<Data name="${column.name}"><value>${xmlText(text)}</value></Data>`;
  }
  xml += `<Data name="url"><value>${xmlText(url)}</value></Data></ExtendedData>`;
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
