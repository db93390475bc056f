import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { placeSearchQuerySchema, pointCheckQuerySchema } from "@/lib/gazetteer/place-queries";
import { placeSearchResultsSchema, pointCheckSchema } from "@/lib/open-data/schemas/place-schemas";
import { documentedQuery } from "../documented-query";
import { FILTER_PARAMETERS } from "../filter-parameters";
import { invalidParameters } from "../responses";

const COUNTRY = { description: "ISO 3166-1 alpha-2 code.", example: "RU" };

/** The offline gazetteer: place search and what the basemap draws at a point. */
export function registerPlacePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/places",
    tags: ["Places"],
    summary: "Places by name: published collection entries with a point, then GeoNames cities",
    description: "Needs two letters at least. Answers from data on the server; GeoNames is credited in `attribution`.",
    request: {
      query: documentedQuery(
        placeSearchQuerySchema.shape,
        {
          q: { description: "A place name, in either language and script.", example: "rzhev" },
          locale: FILTER_PARAMETERS.locale,
          limit: { description: "How many places at most.", example: "5" },
          country: { ...COUNTRY, description: "Places in this country rank higher (ISO 3166-1 alpha-2)." },
          near: { description: "latitude,longitude: places near it rank higher.", example: "56.26,34.33" },
        },
        ["q", "locale", "limit", "country", "near"],
      ),
    },
    responses: {
      200: { description: "Places, best first.", content: { "application/json": { schema: placeSearchResultsSchema } } },
      400: invalidParameters,
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/places/check",
    tags: ["Places"],
    summary: "What the basemap draws at a point: land or sea, and whose country",
    description: "Against Natural Earth's 1:10m outlines, the ones the map shows; a warning to look again, never proof.",
    request: {
      query: documentedQuery(
        pointCheckQuerySchema.shape,
        {
          lat: { description: "Latitude in degrees.", example: "56.26" },
          lng: { description: "Longitude in degrees.", example: "34.33" },
          country: { ...COUNTRY, description: "A stated country (ISO 3166-1 alpha-2): the answer says whether the point lies in it." },
        },
        ["lat", "lng", "country"],
      ),
    },
    responses: {
      200: { description: "The check.", content: { "application/json": { schema: pointCheckSchema } } },
      400: invalidParameters,
    },
  });
}
