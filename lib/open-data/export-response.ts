import type { ContentLocale } from "@/lib/content/locales";
import { contentStamp } from "@/lib/data/open-data/content-stamp";
import { isEntryPublished } from "@/lib/data/open-data/is-entry-published";
import { readOpenDataEntries } from "@/lib/data/open-data/read-open-data-entries";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { exportStream } from "./export-stream";
import { csvFormat } from "./formats/csv-format";
import type { ExportFormat } from "./formats/export-format";
import { geojsonFormat } from "./formats/geojson-format";
import { jsonldFormat } from "./formats/jsonld-format";
import { kmlFormat } from "./formats/kml-format";
import { CACHE_CONTROL, canonicalParams, clientHasCurrent, notModified, versionedEtag } from "./http/versioned-response";
import { entryPageUrl } from "./page-urls";
import { exportQuerySchema } from "./queries/export-query";

/** The files under /api/v1/export/, by name. */
export const EXPORT_FILES: Record<string, ExportFormat> = {
  "entries.geojson": geojsonFormat,
  "entries.csv": csvFormat,
  "entries.kml": kmlFormat,
  "entries.jsonld": jsonldFormat,
};

export interface ExportOptions {
  /** "Opening of <title>" in a language: only the JSON-LD export asks, and only then are messages loaded. */
  openingNames(locale: ContentLocale): Promise<(title: string) => string>;
}

/**
 * The published collection, one entry or a filtered explorer view as a file, streamed. The stamp
 * in the ETag is read before any entry, so a file's data is never older than its tag says.
 */
export async function exportResponse(request: Request, format: ExportFormat, options: ExportOptions): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return validationProblem(parsed.error);
  const query = parsed.data;
  const etag = versionedEtag(await contentStamp(), "export", format.extension, canonicalParams(params));
  if (clientHasCurrent(request, etag)) return notModified(etag);
  if (query.entry && !(await isEntryPublished(query.entry))) return notFoundProblem(`No published entry "${query.entry}"`);

  const locale = query.locale;
  const openingName = format.withArticles ? await options.openingNames(locale) : (title: string) => title;
  const writer = format.writer({ locale, openingName, pageUrl: (slug) => entryPageUrl(locale, slug) });
  const pages = readOpenDataEntries(query, { withArticles: format.withArticles });
  return new Response(exportStream(pages, writer), {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": `attachment; filename="${query.entry ?? "memorial-entries"}.${format.extension}"`,
      "Cache-Control": CACHE_CONTROL,
      ETag: etag,
    },
  });
}
