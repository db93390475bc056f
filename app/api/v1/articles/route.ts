import type { NextRequest } from "next/server";
import { isEntryPublished } from "@/lib/data/open-data/is-entry-published";
import { listPublishedArticles } from "@/lib/data/open-data/list-published-articles";
import { notFoundProblem } from "@/lib/http/problem";
import { listResponse } from "@/lib/open-data/http/list-response";
import { articlePageUrl } from "@/lib/open-data/page-urls";
import { articlesListQuerySchema } from "@/lib/open-data/queries/list-queries";

export const dynamic = "force-dynamic";

/** Published articles, a page at a time (cursor), optionally only those about one entry. Articles have no place: JSON only. */
export function GET(request: NextRequest): Promise<Response> {
  return listResponse(request, {
    list: "articles",
    geojson: false,
    schema: articlesListQuerySchema,
    async read(query) {
      if (query.entry && !(await isEntryPublished(query.entry))) return notFoundProblem(`No published entry "${query.entry}"`);
      const page = await listPublishedArticles({
        entry: query.entry,
        locale: query.locale,
        after: query.cursor ?? null,
        limit: query.limit,
        pageUrl: (slug) => articlePageUrl(query.locale, slug),
      });
      return { nextAfter: page.nextAfter, json: (next) => ({ articles: page.articles, next }) };
    },
  });
}
