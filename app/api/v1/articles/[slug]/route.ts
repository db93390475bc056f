import type { NextRequest } from "next/server";
import { getPublishedArticle } from "@/lib/data/articles/get-published-article";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { recordResponse } from "@/lib/open-data/http/list-response";
import { articlePageUrl } from "@/lib/open-data/page-urls";
import { articleQuerySchema } from "@/lib/open-data/queries/list-queries";

export const dynamic = "force-dynamic";

/** One published article: our summary (sanitized HTML), its attribution, the entries it is about, images and sources. */
export async function GET(request: NextRequest, context: { params: Promise<{ slug: string }> }): Promise<Response> {
  const parsed = articleQuerySchema.safeParse({
    slug: (await context.params).slug,
    locale: request.nextUrl.searchParams.get("locale") ?? undefined,
  });
  if (!parsed.success) return validationProblem(parsed.error);
  const article = await getPublishedArticle(parsed.data);
  if (!article) return notFoundProblem(`No published article "${parsed.data.slug}"`);
  return recordResponse(request, { ...article, url: articlePageUrl(parsed.data.locale, article.slug) }, "application/json");
}
