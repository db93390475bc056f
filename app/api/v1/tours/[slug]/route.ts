import type { NextRequest } from "next/server";
import { getPublishedTour } from "@/lib/data/open-data/get-published-tour";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";
import { recordResponse } from "@/lib/open-data/http/list-response";
import { tourQuerySchema } from "@/lib/open-data/queries/list-queries";
import { wantsGeoJson } from "@/lib/open-data/queries/paging";
import { tourDetail, tourFeatureCollection } from "@/lib/open-data/tour-resources";

export const dynamic = "force-dynamic";

/** One published tour with its steps in order; its steps' points as a GeoJSON FeatureCollection when asked. */
export const GET = publicRoute(async (request: NextRequest, context: { params: Promise<{ slug: string }> }): Promise<Response> => {
  const params = request.nextUrl.searchParams;
  const parsed = tourQuerySchema.safeParse({
    slug: (await context.params).slug,
    locale: params.get("locale") ?? undefined,
    format: params.get("format") ?? undefined,
  });
  if (!parsed.success) return validationProblem(parsed.error);
  const { slug, locale, format } = parsed.data;
  const found = await getPublishedTour(slug, locale);
  if (!found) return notFoundProblem(`No published tour "${slug}"`);
  const body = tourDetail(found.tour, found.publishedAt, locale);
  return wantsGeoJson(request, format)
    ? recordResponse(request, tourFeatureCollection(body), "application/geo+json")
    : recordResponse(request, body, "application/json");
});
