import type { NextRequest } from "next/server";
import { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { getPublishedEntry } from "@/lib/data/entries/get-published-entry";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { slugSchema } from "@/lib/validation/entry";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ slug: slugSchema, locale: z.enum(CONTENT_LOCALES).default("en") });

export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse({
    slug: (await context.params).slug,
    locale: request.nextUrl.searchParams.get("locale") ?? undefined,
  });
  if (!parsed.success) return validationProblem(parsed.error);
  const entry = await getPublishedEntry(parsed.data);
  if (!entry) return notFoundProblem(`No published entry "${parsed.data.slug}"`);
  return Response.json(entry);
}
