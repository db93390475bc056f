import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { entryOptionsSchema } from "@/lib/open-data/schemas/entry-option-schemas";
import { searchResultsSchema } from "@/lib/open-data/schemas/search-schemas";
import { viewportResultSchema } from "@/lib/open-data/schemas/viewport-schemas";
import { entryOptionsQuerySchema } from "@/lib/validation/entry-options";
import { searchQuerySchema } from "@/lib/validation/search";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { documentedQuery } from "../documented-query";
import { FILTER_NAMES, FILTER_PARAMETERS } from "../filter-parameters";
import { conditionalRequest, invalidParameters, notModified, VERSIONED_HEADERS } from "../responses";

/** The map's and the timeline's feed, search, and the entry picker's search. */
export function registerExplorerPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "get",
    path: "/api/v1/viewport",
    tags: ["Explorer"],
    summary: "Entries in a map box and time window, or their clusters and buckets",
    description:
      "The one feed of the map, the timeline and the list. Answers with an ETag (and 304) unless `q`, `tags` or `comparable` is given: those read tables the collection version does not cover.",
    request: {
      query: documentedQuery(
        viewportQuerySchema.shape,
        {
          ...FILTER_PARAMETERS,
          limit: {
            description: "Above this many matches the answer holds aggregates (when asked for) instead of entries.",
            example: "300",
          },
          aggregate: { description: "What to aggregate into past `limit`: map clusters or timeline buckets.", example: "map" },
          zoom: { description: "The map's zoom level, which sets the size of map clusters.", example: "5" },
        },
        [...FILTER_NAMES, "limit", "aggregate", "zoom"],
      ),
      headers: conditionalRequest,
    },
    responses: {
      200: {
        description: "Entries, clusters or buckets.",
        headers: VERSIONED_HEADERS,
        content: { "application/json": { schema: viewportResultSchema } },
      },
      304: notModified,
      400: invalidParameters,
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/search",
    tags: ["Explorer"],
    summary: "Ranked full-text search over published entries and articles",
    description: "Ignores case, diacritics and ё/е; Latin and Cyrillic spellings of a name meet. Each hit has a highlighted passage.",
    request: {
      query: documentedQuery(
        searchQuerySchema.shape,
        {
          q: { description: "What to look for.", example: "rzhev" },
          locale: FILTER_PARAMETERS.locale,
          limit: { description: "Hits of each kind (entries, articles).", example: "20" },
        },
        ["q", "locale", "limit"],
      ),
    },
    responses: {
      200: { description: "Entries and articles, best first.", content: { "application/json": { schema: searchResultsSchema } } },
      400: invalidParameters,
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/entry-options",
    tags: ["Explorer"],
    summary: "Published entries matching what is typed into a picker",
    description:
      "The entry whose slug is the text first, then full-text matches on titles, other names and texts, then slugs starting with the text.",
    request: {
      query: documentedQuery(
        entryOptionsQuerySchema.shape,
        {
          q: { description: "What was typed: a title, a name or a slug.", example: "rzhev" },
          locale: FILTER_PARAMETERS.locale,
          kind: { description: "Only entries of this kind.", example: "memorial" },
          limit: { description: "How many entries at most.", example: "10" },
        },
        ["q", "locale", "kind", "limit"],
      ),
    },
    responses: {
      200: { description: "Entries, best first.", content: { "application/json": { schema: entryOptionsSchema } } },
      400: invalidParameters,
    },
  });
}
