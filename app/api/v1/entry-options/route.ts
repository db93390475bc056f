import type { NextRequest } from "next/server";
import { searchEntryOptions } from "@/lib/data/search/search-entry-options";
import { validationProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";
import { entryOptionsQuerySchema } from "@/lib/validation/entry-options";

export const dynamic = "force-dynamic";

/** Published entries matching what a visitor types into a picker (the compare page's "add a monument"). */
export const GET = publicRoute(async (request: NextRequest): Promise<Response> => {
  const parsed = entryOptionsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const { q, ...options } = parsed.data;
  return Response.json(await searchEntryOptions({ query: q, ...options, publishedOnly: true }));
});
