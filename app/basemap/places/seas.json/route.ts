import { cachedJson } from "@/lib/gazetteer/cached-json";
import { SEA_LABELS, SEA_LABELS_VERSION } from "@/lib/gazetteer/sea-labels";

export const dynamic = "force-dynamic";

/** Names of seas, oceans, gulfs and Lake Ladoga with a point to draw each at: see docs/gazetteer.md. */
export async function GET(request: Request): Promise<Response> {
  return cachedJson(request, `"seas-${SEA_LABELS_VERSION}"`, () => ({
    seas: SEA_LABELS,
    source: "Natural Earth marine areas and lakes (public domain); label points by hand",
  }));
}
