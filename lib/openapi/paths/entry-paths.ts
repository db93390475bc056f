import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { entriesListQuerySchema, entryQuerySchema } from "@/lib/open-data/queries/list-queries";
import { entryDetailSchema, entryListItemSchema } from "@/lib/open-data/schemas/entry-schemas";
import { featureCollectionSchema, featureSchema, pointSchema } from "@/lib/open-data/schemas/geojson-schemas";
import { documentedQuery } from "../documented-query";
import { FILTER_NAMES, FILTER_PARAMETERS } from "../filter-parameters";
import { conditionalRequest, invalidParameters, notModified, PAGED_HEADERS, problem, VERSIONED_HEADERS } from "../responses";
import { PAGING_PARAMETERS } from "./paging-parameters";

const entryPageSchema = z
  .object({
    entries: z.array(entryListItemSchema),
    next: z.url().nullable().meta({ description: "The next page, or null on the last one." }),
  })
  .meta({ id: "EntryPage" });

const entryFeatures = featureCollectionSchema(
  featureSchema(entryListItemSchema.omit({ latitude: true, longitude: true }), pointSchema, "EntryFeature"),
  "EntryFeatureCollection",
);

export function registerEntryPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/entries",
    tags: ["Entries"],
    summary: "Published entries, filtered as in the explorer, a page at a time",
    description:
      "Pages follow the entries' ids: follow `next` (or the Link header) until it is null; a page never repeats or skips an entry, even when the collection changes meanwhile. JSON, or GeoJSON with `format=geojson` or `Accept: application/geo+json` (entries without a map point have `geometry: null`).",
    request: {
      query: documentedQuery(entriesListQuerySchema.shape, { ...FILTER_PARAMETERS, ...PAGING_PARAMETERS }, [
        ...FILTER_NAMES,
        "limit",
        "cursor",
        "format",
      ]),
      headers: conditionalRequest,
    },
    responses: {
      200: {
        description: "One page.",
        headers: PAGED_HEADERS,
        content: { "application/json": { schema: entryPageSchema }, "application/geo+json": { schema: entryFeatures } },
      },
      304: notModified,
      400: invalidParameters,
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/entries/{slug}",
    tags: ["Entries"],
    summary: "One published entry",
    description:
      "With its texts in the language asked for, its links to other entries, the articles about it, its images and the sources of each fact.",
    request: {
      params: z.object({
        slug: entryQuerySchema.shape.slug.meta({ param: { description: "The entry's slug.", example: "rzhev-memorial" } }),
      }),
      query: documentedQuery(entryQuerySchema.shape, { locale: FILTER_PARAMETERS.locale, format: PAGING_PARAMETERS.format }, [
        "locale",
        "format",
      ]),
      headers: conditionalRequest,
    },
    responses: {
      200: {
        description: "The entry.",
        headers: VERSIONED_HEADERS,
        content: {
          "application/json": { schema: entryDetailSchema },
          "application/geo+json": {
            schema: featureSchema(entryDetailSchema.omit({ latitude: true, longitude: true }), pointSchema, "EntryDetailFeature"),
          },
        },
      },
      304: notModified,
      400: invalidParameters,
      404: problem("No published entry has this slug."),
    },
  });
}
