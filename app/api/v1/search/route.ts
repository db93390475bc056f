import type { NextRequest } from "next/server";
import { searchCollection } from "@/lib/data/search/search-collection";
import { validationProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";
import { searchQuerySchema } from "@/lib/validation/search";

export const dynamic = "force-dynamic";

/** Ranked full-text search over published entries and articles, with highlighted passages; the explorer's filters narrow the entries. */
export const GET = publicRoute(async (request: NextRequest): Promise<Response> => {
  const parsed = searchQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const { q, locale, limit, ...filters } = parsed.data;
  return Response.json(await searchCollection({ query: q, locale, limit, filters }));
});
