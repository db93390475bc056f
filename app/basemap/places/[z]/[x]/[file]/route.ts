import { cachedJson } from "@/lib/gazetteer/cached-json";
import { GEONAMES_ATTRIBUTION, GEONAMES_PACKAGE, GEONAMES_PACKAGE_VERSION } from "@/lib/gazetteer/geonames-source";
import { LABEL_TILES_VERSION, labelTile } from "@/lib/gazetteer/label-tiles";
import { parseTilePath } from "@/lib/gazetteer/tile-path";
import { badRequestProblem } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

const ETAG = `"labels-${LABEL_TILES_VERSION}-${GEONAMES_PACKAGE}-${GEONAMES_PACKAGE_VERSION}"`;

/** Town and city names for one map tile (/basemap/places/{z}/{x}/{y}.json): see docs/gazetteer.md. */
export async function GET(request: Request, context: { params: Promise<{ z: string; x: string; file: string }> }): Promise<Response> {
  const tile = parseTilePath(await context.params);
  if (!tile) return badRequestProblem("Expected /basemap/places/{z}/{x}/{y}.json with 0 ≤ z ≤ 18 and x, y in 0 … 2^z − 1.");
  return cachedJson(request, ETAG, () => ({ ...labelTile(tile.z, tile.x, tile.y), attribution: GEONAMES_ATTRIBUTION }));
}
