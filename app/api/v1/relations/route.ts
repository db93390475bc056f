import type { NextRequest } from "next/server";
import { isEntryPublished } from "@/lib/data/open-data/is-entry-published";
import { listPublishedRelations } from "@/lib/data/open-data/list-published-relations";
import { notFoundProblem } from "@/lib/http/problem";
import { featureCollection, relationFeature } from "@/lib/open-data/geojson-features";
import { listResponse } from "@/lib/open-data/http/list-response";
import { relationsListQuerySchema } from "@/lib/open-data/queries/list-queries";

export const dynamic = "force-dynamic";

/** Typed links between published entries, by entry and type, a page at a time; in GeoJSON each is a line between its entries. */
export function GET(request: NextRequest): Promise<Response> {
  return listResponse(request, {
    list: "relations",
    geojson: true,
    schema: relationsListQuerySchema,
    async read(query) {
      if (query.entry && !(await isEntryPublished(query.entry))) return notFoundProblem(`No published entry "${query.entry}"`);
      const page = await listPublishedRelations({
        entry: query.entry,
        type: query.type,
        locale: query.locale,
        after: query.cursor ?? null,
        limit: query.limit,
      });
      return {
        nextAfter: page.nextAfter,
        json: (next) => ({ relations: page.relations, next }),
        geojson: (next) => featureCollection(page.relations.map(relationFeature), next),
      };
    },
  });
}
