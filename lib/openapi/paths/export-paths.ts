import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { EXPORT_FILES } from "@/lib/open-data/export-response";
import { exportQuerySchema } from "@/lib/open-data/queries/export-query";
import { CSV_COLUMNS_DESCRIPTION, exportFeatureCollectionSchema, jsonLdGraphSchema } from "@/lib/open-data/schemas/export-schemas";
import { documentedQuery } from "../documented-query";
import { FILTER_NAMES, FILTER_PARAMETERS } from "../filter-parameters";
import { conditionalRequest, invalidParameters, notModified, problem, VERSIONED_HEADERS } from "../responses";

const FILES: Record<string, { summary: string; description: string; schema: z.ZodType }> = {
  "entries.geojson": {
    summary: "Published entries as GeoJSON",
    description:
      "An RFC 7946 FeatureCollection, longitude first; entries without a map point are features with null geometry. Properties are the CSV export's columns (lists as arrays) and the page's address; every language's text.",
    schema: exportFeatureCollectionSchema,
  },
  "entries.csv": {
    summary: "Published entries as CSV",
    description:
      "RFC 4180 with a UTF-8 byte order mark, one row per entry, every language's text. A text cell starting with = + - @, a tab or a carriage return is prefixed with a single quote (OWASP's advice against formula injection); numbers are left as they are. The importer reads the same columns.",
    schema: z.string().meta({ description: `Columns:\n${CSV_COLUMNS_DESCRIPTION}` }),
  },
  "entries.kml": {
    summary: "Published entries as KML",
    description:
      "KML 2.2: a placemark per entry, named in `locale`, with its summary, its date as a TimeStamp or TimeSpan, its point where it has one, and every CSV column (both languages) and its page in ExtendedData, so it imports back unchanged.",
    schema: z.string().meta({ description: "KML 2.2 (XML)." }),
  },
  "entries.jsonld": {
    summary: "Published entries as JSON-LD (schema.org)",
    description: "One JSON-LD document: a schema.org @graph with a node per entry, as on each entry's page, named in `locale`.",
    schema: jsonLdGraphSchema,
  },
};

const DOWNLOAD_HEADERS = {
  ...VERSIONED_HEADERS,
  "Content-Disposition": {
    description: 'attachment; filename="memorial-entries.<ext>" (or "<slug>.<ext>" for one entry)',
    schema: { type: "string" as const },
  },
};

/** The four export files: the same filters as the explorer, or one entry; streamed. */
export function registerExportPaths(registry: OpenAPIRegistry): void {
  const query = documentedQuery(
    exportQuerySchema.shape,
    {
      ...FILTER_PARAMETERS,
      locale: {
        description: "The language of names in KML and JSON-LD, and of the pages linked (CSV and GeoJSON carry every language).",
        example: "en",
      },
      entry: { description: "Only this entry (its slug).", example: "rzhev-memorial" },
    },
    [...FILTER_NAMES, "entry"],
  );
  for (const [file, doc] of Object.entries(FILES)) {
    registry.registerPath({
      method: "get",
      path: `/api/v1/export/${file}`,
      tags: ["Exports"],
      summary: doc.summary,
      description: `${doc.description} Streamed as it is read, so the whole collection downloads in one request.`,
      request: { query, headers: conditionalRequest },
      responses: {
        200: {
          description: "The file.",
          headers: DOWNLOAD_HEADERS,
          content: { [EXPORT_FILES[file]!.contentType]: { schema: doc.schema } },
        },
        304: notModified,
        400: invalidParameters,
        404: problem("`entry` names no published entry."),
      },
    });
  }
}
