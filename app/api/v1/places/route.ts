import type { NextRequest } from "next/server";
import { GEONAMES_ATTRIBUTION } from "@/lib/gazetteer/geonames-source";
import { placeSearchQuerySchema } from "@/lib/gazetteer/place-queries";
import { searchPlaces } from "@/lib/gazetteer/search-places";
import { validationProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";

export const dynamic = "force-dynamic";

/** Place search for pickers and importers: published collection entries with a point, then world cities. */
export const GET = publicRoute(async (request: NextRequest): Promise<Response> => {
  const parsed = placeSearchQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const { q, ...options } = parsed.data;
  return Response.json({ places: await searchPlaces(q, options), attribution: GEONAMES_ATTRIBUTION });
});
