import type { ContentLocale } from "@/lib/content/locales";
import { contentStamp } from "@/lib/data/open-data/content-stamp";
import { isEntryPublished } from "@/lib/data/open-data/is-entry-published";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { exportStream } from "./export-stream";
import { TITLE_SLOT } from "./export-task";
import type { ExportFormat } from "./formats/export-format";
import { EXPORT_FORMATS } from "./formats/export-formats";
import { CACHE_CONTROL, canonicalParams, clientHasCurrent, notModified, versionedEtag } from "./http/versioned-response";
import { exportInWorker } from "./in-export-worker";
import { exportQuerySchema } from "./queries/export-query";

/** The files under /api/v1/export/, by name. */
export const EXPORT_FILES: Record<string, ExportFormat> = Object.fromEntries(
  Object.values(EXPORT_FORMATS).map((format) => [`entries.${format.extension}`, format]),
);

export interface ExportOptions {
  /** "Opening of <title>" in a language: only the JSON-LD export asks, and only then are messages loaded. */
  openingNames(locale: ContentLocale): Promise<(title: string) => string>;
}

/**
 * The published collection, one entry or a filtered explorer view as a file, streamed from the
 * export worker (in-export-worker.ts says why not from this thread). The stamp in the ETag is read
 * before any entry, so a file's data is never older than its tag says.
 */
export async function exportResponse(request: Request, format: ExportFormat, options: ExportOptions): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(params));
  if (!parsed.success) return validationProblem(parsed.error);
  const query = parsed.data;
  const etag = versionedEtag(await contentStamp(), "export", format.extension, canonicalParams(params));
  if (clientHasCurrent(request, etag)) return notModified(etag);
  if (query.entry && !(await isEntryPublished(query.entry))) return notFoundProblem(`No published entry "${query.entry}"`);

  const openingName = format.withArticles ? (await options.openingNames(query.locale))(TITLE_SLOT) : TITLE_SLOT;
  const chunks = exportInWorker({ extension: format.extension, query, openingName });
  return new Response(exportStream(chunks), {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": `attachment; filename="${query.entry ?? "memorial-entries"}.${format.extension}"`,
      "Cache-Control": CACHE_CONTROL,
      ETag: etag,
    },
  });
}
