import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { env } from "@/lib/env";
import { registerArticlePaths } from "./paths/article-paths";
import { registerEntryPaths } from "./paths/entry-paths";
import { registerExplorerPaths } from "./paths/explorer-paths";
import { registerExportPaths } from "./paths/export-paths";
import { registerPlacePaths } from "./paths/place-paths";
import { registerRelationPaths } from "./paths/relation-paths";
import { registerTourPaths } from "./paths/tour-paths";

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31["generateDocument"]>;

/** Each area of the public API registers its routes here, and has its tag below. */
const AREAS = [
  registerExplorerPaths,
  registerEntryPaths,
  registerArticlePaths,
  registerRelationPaths,
  registerTourPaths,
  registerPlacePaths,
  registerExportPaths,
];

const TAGS = [
  { name: "Explorer", description: "What the map, the timeline and search are drawn from." },
  { name: "Entries", description: "Events, memorials, places, people and organisations." },
  { name: "Articles", description: "Our summaries of news items and pages, with attribution." },
  { name: "Relations", description: "Typed links between entries." },
  { name: "Tours", description: "Teachers' lessons through the collection: steps on the map and the timeline." },
  { name: "Places", description: "The offline gazetteer: collection places and GeoNames cities, and point checks against the basemap." },
  { name: "Exports", description: "Whole files for GIS tools, spreadsheets and linked data." },
  { name: "Document", description: "This description." },
];

function build(): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  for (const register of AREAS) register(registry);
  registry.registerPath({
    method: "get",
    path: "/api/v1/openapi.json",
    tags: ["Document"],
    summary: "This OpenAPI 3.1 document",
    responses: { 200: { description: "The document.", content: { "application/json": { schema: z.record(z.string(), z.unknown()) } } } },
  });
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Memorial Map & Timeline: public API",
      version: "1",
      description:
        "Read-only access to the published collection: historical events, memorials, places, people and organisations with their dates, places, links, articles and sources. No key needed. Errors are RFC 9457 problem details. Answers carry ETags that change with the collection: send If-None-Match to get 304 while nothing changed.",
    },
    servers: [{ url: env.PUBLIC_BASE_URL.replace(/\/$/, "") }],
    tags: TAGS,
  });
}

let built: OpenApiDocument | undefined;

/** Generated once per process from the routes' own schemas. */
export function openApiDocument(): OpenApiDocument {
  built ??= build();
  return built;
}
