import { fragment } from "xmlbuilder2";
import { pickTranslation } from "@/lib/content/pick-translation";
import type { DatePoint } from "@/lib/dates";
import { pointToEdtf } from "@/lib/dates/edtf-text";
import type { ExportedEntry } from "../open-data-entry";
import type { ExportContext, ExportFormat } from "./export-format";

const KML_NAMESPACE = "http://www.opengis.net/kml/2.2";

/** KML times are XML Schema dates at the precision known ("1942", "1942-06", "1942-06-22"); "circa" has no place there. */
const when = (point: DatePoint) => pointToEdtf({ ...point, circa: false });

function placemark(entry: ExportedEntry, context: ExportContext): string {
  const text = pickTranslation(
    Object.entries(entry.texts).map(([locale, texts]) => ({ locale, ...texts })),
    context.locale,
  );
  const url = context.pageUrl(entry.slug);
  const node = fragment().ele("Placemark");
  node.ele("name").txt(text?.title ?? entry.slug);
  const description = [text?.summary, text?.description, url].filter(Boolean).join("\n\n");
  node.ele("description").txt(description);
  if (entry.period?.end) {
    const span = node.ele("TimeSpan");
    span.ele("begin").txt(when(entry.period.start));
    span.ele("end").txt(when(entry.period.end));
  } else if (entry.period) {
    node.ele("TimeStamp").ele("when").txt(when(entry.period.start));
  }
  const data = node.ele("ExtendedData");
  const fields: [string, string | null][] = [
    ["slug", entry.slug],
    ["kind", entry.kind],
    ["date", entry.date],
    ["location_precision", entry.locationPrecision],
    ["country", entry.countryCode],
    ["wikidata_id", entry.wikidataId],
    ["url", url],
  ];
  for (const [name, value] of fields) if (value) data.ele("Data", { name }).ele("value").txt(value);
  if (entry.latitude !== null && entry.longitude !== null) {
    node.ele("Point").ele("coordinates").txt(`${entry.longitude},${entry.latitude}`);
  }
  return node.end();
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
