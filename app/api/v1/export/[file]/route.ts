import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { notFoundProblem } from "@/lib/http/problem";
import { EXPORT_FILES, exportResponse } from "@/lib/open-data/export-response";

export const dynamic = "force-dynamic";

/** /api/v1/export/entries.{geojson,csv,kml,jsonld}: published entries, filtered as in the explorer, streamed. */
export async function GET(request: NextRequest, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const format = Object.hasOwn(EXPORT_FILES, file) ? EXPORT_FILES[file] : undefined;
  if (!format) return notFoundProblem(`No export named "${file}": ${Object.keys(EXPORT_FILES).join(", ")}`);
  return exportResponse(request, format, {
    async openingNames(locale) {
      const t = await getTranslations({ locale, namespace: "entry" });
      return (title) => t("openingOf", { title });
    },
  });
}
