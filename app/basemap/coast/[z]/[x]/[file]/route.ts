import { cachedJson } from "@/lib/gazetteer/cached-json";
import { COAST_MIN_ZOOM, COAST_TILES_VERSION, coastTile } from "@/lib/gazetteer/coast-tiles";
import { parseTilePath } from "@/lib/gazetteer/tile-path";
import { badRequestProblem } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

const ETAG = `"coast-${COAST_TILES_VERSION}-world-atlas-countries-10m"`;

/**
 * Natural Earth 1:10m country outlines cut to one tile (/basemap/coast/{z}/{x}/{y}.json, zoom 6 and
 * deeper), so a zoomed-in map draws the fine coastline without the browser loading 3.6 MB.
 */
export async function GET(request: Request, context: { params: Promise<{ z: string; x: string; file: string }> }): Promise<Response> {
  const tile = parseTilePath(await context.params);
  if (!tile || tile.z < COAST_MIN_ZOOM) {
    return badRequestProblem(
      `Expected /basemap/coast/{z}/{x}/{y}.json with ${COAST_MIN_ZOOM} ≤ z ≤ 18 and x, y in 0 … 2^z − 1 (below zoom ${COAST_MIN_ZOOM}, /basemap/countries-50m.json).`,
    );
  }
  return cachedJson(request, ETAG, () => coastTile(tile.z, tile.x, tile.y));
}
