import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { handoutQueryString, readHandoutParams } from "@/lib/handout/handout-params";
import { ownOrigin } from "@/lib/handout/own-origin";
import { renderPdf } from "@/lib/handout/render-pdf";
import { notFoundProblem } from "@/lib/http/problem";
import { siteOrigin } from "@/lib/share/site-origin";

export const dynamic = "force-dynamic";

/** The handout of an explorer view as a PDF, printed by a headless Chromium from the handout page. */
export async function GET(request: Request, context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await context.params;
  if (!hasLocale(routing.locales, locale)) return notFoundProblem(`No language "${locale}"`);
  const { paper, view } = readHandoutParams(new URL(request.url).searchParams);
  try {
    const pdf = await renderPdf(`${ownOrigin()}/${locale}/handout?${handoutQueryString(view, paper)}`, paper, siteOrigin(request.headers));
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="handout-${locale}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return problemFromError(error);
  }
}
