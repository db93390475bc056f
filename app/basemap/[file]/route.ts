import countries50m from "world-atlas/countries-50m.json";
import { notFoundProblem } from "@/lib/http/problem";

// Natural Earth country outlines shipped with the app, so the map has a basemap with no internet.
const FILES: Record<string, unknown> = { "countries-50m.json": countries50m };

export const dynamic = "force-static";

export function generateStaticParams(): { file: string }[] {
  return Object.keys(FILES).map((file) => ({ file }));
}

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const body = FILES[file];
  if (!body) return notFoundProblem(`No basemap file "${file}"`);
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=31536000, immutable" } });
}
