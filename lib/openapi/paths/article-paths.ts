import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { articleQuerySchema, articlesListQuerySchema } from "@/lib/open-data/queries/list-queries";
import { articleDetailSchema, articleListItemSchema } from "@/lib/open-data/schemas/article-schemas";
import { documentedQuery } from "../documented-query";
import { FILTER_PARAMETERS } from "../filter-parameters";
import { conditionalRequest, invalidParameters, notModified, PAGED_HEADERS, problem, VERSIONED_HEADERS } from "../responses";
import { PAGING_PARAMETERS } from "./paging-parameters";

const articlePageSchema = z
  .object({
    articles: z.array(articleListItemSchema),
    next: z.url().nullable().meta({ description: "The next page, or null on the last one." }),
  })
  .meta({ id: "ArticlePage" });

/** Articles have no place of their own: JSON only. */
export function registerArticlePaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles",
    tags: ["Articles"],
    summary: "Published articles, a page at a time",
    request: {
      query: documentedQuery(
        articlesListQuerySchema.shape,
        {
          entry: { description: "Only articles about this entry (its slug).", example: "rzhev-memorial" },
          locale: FILTER_PARAMETERS.locale,
          limit: PAGING_PARAMETERS.limit,
          cursor: PAGING_PARAMETERS.cursor,
        },
        ["entry", "locale", "limit", "cursor"],
      ),
      headers: conditionalRequest,
    },
    responses: {
      200: { description: "One page.", headers: PAGED_HEADERS, content: { "application/json": { schema: articlePageSchema } } },
      304: notModified,
      400: invalidParameters,
      404: problem("`entry` names no published entry."),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}",
    tags: ["Articles"],
    summary: "One published article",
    description:
      "Our summary of the original (sanitized HTML), its attribution and address, the entries it is about, its images and sources.",
    request: {
      params: z.object({
        slug: articleQuerySchema.shape.slug.meta({
          param: { description: "The article's slug.", example: "rzhev-memorial-central-figure-installation-begins" },
        }),
      }),
      query: documentedQuery(articleQuerySchema.shape, { locale: FILTER_PARAMETERS.locale }, ["locale"]),
      headers: conditionalRequest,
    },
    responses: {
      200: { description: "The article.", headers: VERSIONED_HEADERS, content: { "application/json": { schema: articleDetailSchema } } },
      304: notModified,
      400: invalidParameters,
      404: problem("No published article has this slug."),
    },
  });
}
