import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { tourQuerySchema, toursListQuerySchema } from "@/lib/open-data/queries/list-queries";
import { tourDetailSchema, tourFeatureCollectionSchema, tourListItemSchema } from "@/lib/open-data/schemas/tour-schemas";
import { documentedQuery } from "../documented-query";
import { FILTER_PARAMETERS } from "../filter-parameters";
import { conditionalRequest, invalidParameters, notModified, PAGED_HEADERS, problem, VERSIONED_HEADERS } from "../responses";
import { PAGING_PARAMETERS } from "./paging-parameters";

const tourPageSchema = z
  .object({
    tours: z.array(tourListItemSchema),
    next: z.url().nullable().meta({ description: "The next page, or null on the last one." }),
  })
  .meta({ id: "TourPage" });

/** A tour has no one place: the list is JSON only; one tour is GeoJSON too, its steps' points in order. */
export function registerTourPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/tours",
    tags: ["Tours"],
    summary: "Published tours, latest published first, a page at a time",
    description: "Drafts and tours shared by a teacher's link are never listed.",
    request: {
      query: documentedQuery(
        toursListQuerySchema.shape,
        {
          entry: { description: "Only tours with a step on this entry (its slug).", example: "rzhev-memorial" },
          locale: FILTER_PARAMETERS.locale,
          limit: PAGING_PARAMETERS.limit,
          cursor: PAGING_PARAMETERS.cursor,
        },
        ["entry", "locale", "limit", "cursor"],
      ),
      headers: conditionalRequest,
    },
    responses: {
      200: { description: "One page.", headers: PAGED_HEADERS, content: { "application/json": { schema: tourPageSchema } } },
      304: notModified,
      400: invalidParameters,
      404: problem("`entry` names no published entry."),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/tours/{slug}",
    tags: ["Tours"],
    summary: "One published tour with its steps",
    description:
      "Each step in order with its text, the teacher's question, the entry or article it shows, the map view and timeline window to show, and the entry's sources. GeoJSON (`format=geojson` or `Accept: application/geo+json`): the steps as points in order, for a GIS tool to draw as a route. A tour that is not published is 404, whatever share token comes with the request.",
    request: {
      params: z.object({
        slug: tourQuerySchema.shape.slug.meta({
          param: { description: "The tour's slug.", example: "from-rzhev-to-the-great-memorials" },
        }),
      }),
      query: documentedQuery(tourQuerySchema.shape, { locale: FILTER_PARAMETERS.locale, format: PAGING_PARAMETERS.format }, [
        "locale",
        "format",
      ]),
      headers: conditionalRequest,
    },
    responses: {
      200: {
        description: "The tour.",
        headers: VERSIONED_HEADERS,
        content: {
          "application/json": { schema: tourDetailSchema },
          "application/geo+json": { schema: tourFeatureCollectionSchema },
        },
      },
      304: notModified,
      400: invalidParameters,
      404: problem("No published tour has this slug."),
    },
  });
}
