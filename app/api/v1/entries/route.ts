import type { NextRequest } from "next/server";
import { listPublishedEntries } from "@/lib/data/open-data/list-published-entries";
import { featureCollection, recordFeature } from "@/lib/open-data/geojson-features";
import { listResponse } from "@/lib/open-data/http/list-response";
import { entryPageUrl } from "@/lib/open-data/page-urls";
import { entriesListQuerySchema } from "@/lib/open-data/queries/list-queries";

export const dynamic = "force-dynamic";

/** Published entries filtered as in the explorer, a page at a time (cursor), in JSON or GeoJSON. */
export function GET(request: NextRequest): Promise<Response> {
  return listResponse(request, {
    list: "entries",
    geojson: true,
    schema: entriesListQuerySchema,
    async read(query) {
      const page = await listPublishedEntries({
        filter: query,
        locale: query.locale,
        after: query.cursor ?? null,
        limit: query.limit,
        pageUrl: (slug) => entryPageUrl(query.locale, slug),
      });
      return {
        nextAfter: page.nextAfter,
        json: (next) => ({ entries: page.entries, next }),
        geojson: (next) => featureCollection(page.entries.map(recordFeature), next),
      };
    },
  });
}
