import type { NextRequest } from "next/server";
import { queryViewport } from "@/lib/data/entries/query-viewport";
import { validationProblem } from "@/lib/http/problem";
import { viewportQuerySchema } from "@/lib/validation/viewport";

export const dynamic = "force-dynamic";

/** Published entries in a bounding box and time window: the one feed for the map, the timeline and the list. */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = viewportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const result = await queryViewport(parsed.data);
  return Response.json(result, { headers: { "Cache-Control": "public, max-age=0, must-revalidate" } });
}
