import type { NextRequest } from "next/server";
import { isEntryPublished } from "@/lib/data/open-data/is-entry-published";
import { listOpenDataTours } from "@/lib/data/open-data/list-open-data-tours";
import { notFoundProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";
import { listResponse } from "@/lib/open-data/http/list-response";
import { toursListQuerySchema } from "@/lib/open-data/queries/list-queries";
import { tourListItem } from "@/lib/open-data/tour-resources";

export const dynamic = "force-dynamic";

/** Published tours, latest published first, a page at a time (cursor), optionally only those through one entry. JSON only: a tour has no one place. */
export const GET = publicRoute((request: NextRequest): Promise<Response> => {
  return listResponse(request, {
    list: "tours",
    geojson: false,
    schema: toursListQuerySchema,
    async read(query) {
      if (query.entry && !(await isEntryPublished(query.entry))) return notFoundProblem(`No published entry "${query.entry}"`);
      const page = await listOpenDataTours({ entry: query.entry, locale: query.locale, after: query.cursor ?? null, limit: query.limit });
      return { nextAfter: page.nextAfter, json: (next) => ({ tours: page.tours.map((tour) => tourListItem(tour, query.locale)), next }) };
    },
  });
});
