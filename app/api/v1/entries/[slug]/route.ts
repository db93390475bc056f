import type { NextRequest } from "next/server";
import { getPublishedEntry } from "@/lib/data/entries/get-published-entry";
import { listEntryTags } from "@/lib/data/open-data/list-entry-tags";
import { toEdtf } from "@/lib/dates";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { recordFeature } from "@/lib/open-data/geojson-features";
import { recordResponse } from "@/lib/open-data/http/list-response";
import { entryPageUrl } from "@/lib/open-data/page-urls";
import { entryQuerySchema } from "@/lib/open-data/queries/list-queries";
import { wantsGeoJson } from "@/lib/open-data/queries/paging";

export const dynamic = "force-dynamic";

/** One published entry with its relations, articles, media and sources; a GeoJSON Feature when asked. */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const params = request.nextUrl.searchParams;
  const parsed = entryQuerySchema.safeParse({
    slug: (await context.params).slug,
    locale: params.get("locale") ?? undefined,
    format: params.get("format") ?? undefined,
  });
  if (!parsed.success) return validationProblem(parsed.error);
  const { slug, locale, format } = parsed.data;
  const entry = await getPublishedEntry({ slug, locale });
  if (!entry) return notFoundProblem(`No published entry "${slug}"`);
  const body = {
    ...entry,
    edtf: entry.date ? toEdtf(entry.date) : null,
    url: entryPageUrl(locale, entry.slug),
    tags: await listEntryTags(entry.slug),
  };
  return wantsGeoJson(request, format)
    ? recordResponse(request, recordFeature(body), "application/geo+json")
    : recordResponse(request, body, "application/json");
}
