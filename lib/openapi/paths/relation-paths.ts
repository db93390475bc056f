import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { relationsListQuerySchema } from "@/lib/open-data/queries/list-queries";
import { featureCollectionSchema, featureSchema, lineSchema } from "@/lib/open-data/schemas/geojson-schemas";
import { relationSchema } from "@/lib/open-data/schemas/relation-schemas";
import { documentedQuery } from "../documented-query";
import { FILTER_PARAMETERS } from "../filter-parameters";
import { conditionalRequest, invalidParameters, notModified, PAGED_HEADERS, problem } from "../responses";
import { PAGING_PARAMETERS } from "./paging-parameters";

const relationPageSchema = z
  .object({ relations: z.array(relationSchema), next: z.url().nullable().meta({ description: "The next page, or null on the last one." }) })
  .meta({ id: "RelationPage" });

export function registerRelationPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/relations",
    tags: ["Relations"],
    summary: "Typed links between published entries, a page at a time",
    description:
      "In GeoJSON each link is a line from its `from` entry to its `to` entry, or has null geometry when either has no map point.",
    request: {
      query: documentedQuery(
        relationsListQuerySchema.shape,
        {
          entry: { description: "Only links from or to this entry (its slug).", example: "rzhev-memorial" },
          type: { description: "Only links of this type.", example: "comparable_to" },
          locale: FILTER_PARAMETERS.locale,
          ...PAGING_PARAMETERS,
        },
        ["entry", "type", "locale", "limit", "cursor", "format"],
      ),
      headers: conditionalRequest,
    },
    responses: {
      200: {
        description: "One page.",
        headers: PAGED_HEADERS,
        content: {
          "application/json": { schema: relationPageSchema },
          "application/geo+json": {
            schema: featureCollectionSchema(featureSchema(relationSchema, lineSchema, "RelationFeature"), "RelationFeatureCollection"),
          },
        },
      },
      304: notModified,
      400: invalidParameters,
      404: problem("`entry` names no published entry."),
    },
  });
}
