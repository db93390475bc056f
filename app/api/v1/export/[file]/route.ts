import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { EXPORT_FILES, exportResponse } from "@/lib/open-data/export-response";
import { notFoundResponse } from "@/lib/open-data/http/not-found";

export const dynamic = "force-dynamic";

/** /api/v1/export/entries.{geojson,csv,kml,jsonld}: published entries, filtered as in the explorer, streamed. */
export async function GET(request: NextRequest, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const format = Object.hasOwn(EXPORT_FILES, file) ? EXPORT_FILES[file] : undefined;
  if (!format) return notFoundResponse(`No export named "${file}": ${Object.keys(EXPORT_FILES).join(", ")}`);
  return exportResponse(request, format, {
    async openingNames(locale) {
      const t = await getTranslations({ locale, namespace: "entry" });
      return (title) => t("openingOf", { title });
    },
  });
}
