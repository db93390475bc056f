import type { NextRequest } from "next/server";
import { pointCheckQuerySchema } from "@/lib/gazetteer/place-queries";
import { pointCheck } from "@/lib/gazetteer/point-check";
import { validationProblem } from "@/lib/http/problem";
import { publicRoute } from "@/lib/http/public-route";

export const dynamic = "force-dynamic";

/** What the basemap (Natural Earth 1:10m) shows at a point: at sea or not, and whose polygon holds it. */
export const GET = publicRoute(async (request: NextRequest): Promise<Response> => {
  const parsed = pointCheckQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const { lat, lng, country } = parsed.data;
  return Response.json({ ...pointCheck(lat, lng, country), basemap: "Natural Earth 1:10m (world-atlas countries-10m)" });
});
